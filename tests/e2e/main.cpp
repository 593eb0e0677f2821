#define BOOST_TEST_MODULE coopflow_e2e
#include <boost/test/unit_test.hpp>
