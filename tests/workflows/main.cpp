#define BOOST_TEST_MODULE coopflow_workflows
#include <boost/test/unit_test.hpp>
