#define BOOST_TEST_MODULE coopflow_engine
#include <boost/test/unit_test.hpp>
