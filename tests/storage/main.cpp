#define BOOST_TEST_MODULE coopflow_storage
#include <boost/test/unit_test.hpp>
