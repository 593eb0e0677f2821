// What the server keeps of rendered pages stays within its bound, and gives
// back only what was kept under the same key.
#include "fragment_cache.h"

#include <boost/test/unit_test.hpp>
#include <memory>
#include <string>

using coopflow::engine::Html;
using coopflow::web::FragmentCache;

namespace {

std::shared_ptr<const Html> html_of(const std::string& text) {
  return std::make_shared<const Html>(Html::text(text));
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_fragment_is_found_under_its_own_key_only) {
  FragmentCache cache(1024);
  cache.keep("EC-1\nfr", html_of("Chronologie"));
  BOOST_TEST(cache.find("EC-1\nen") == nullptr);
  BOOST_TEST(cache.find("EC-2\nfr") == nullptr);
  BOOST_TEST(cache.find("EC-1\nfr")->str() == "Chronologie");
}

BOOST_AUTO_TEST_CASE(the_least_recently_shown_goes_first_and_the_bound_holds) {
  // Each kept: a key of 1 byte and 99 bytes of html, so three fit in 300.
  FragmentCache cache(300);
  const std::string html(99, 'x');
  cache.keep("a", html_of(html));
  cache.keep("b", html_of(html));
  cache.keep("c", html_of(html));
  BOOST_TEST(cache.find("a") != nullptr);  // now the most recent
  cache.keep("d", html_of(html));          // b goes
  BOOST_TEST(cache.find("b") == nullptr);
  BOOST_TEST(cache.find("a") != nullptr);
  BOOST_TEST(cache.find("c") != nullptr);
  BOOST_TEST(cache.find("d") != nullptr);
  // Larger than the bound: not kept, and nothing else goes for it.
  cache.keep("e", html_of(std::string(400, 'y')));
  BOOST_TEST(cache.find("e") == nullptr);
  BOOST_TEST(cache.find("a") != nullptr);
}
