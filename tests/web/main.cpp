#define BOOST_TEST_MODULE coopflow_web
#include <boost/test/unit_test.hpp>
