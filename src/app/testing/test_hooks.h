// Deliberate failures for the browser tests, compiled in only for the test
// build (build/web/test-dist, WA_TEST_HOOKS). The shipped app has none: there
// these are empty.
#pragma once
#include <string>

namespace wa {

// Called with a stored audit's text as it is being opened.
void test_hook_opening(const std::string& text);

}  // namespace wa
