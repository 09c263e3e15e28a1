#include "app/testing/test_hooks.h"

#include <cstdlib>

namespace wa {

void test_hook_opening(const std::string& text) {
#ifdef WA_TEST_HOOKS
    // The never-stuck test (tests/browser/storage.test.mjs): an audit whose
    // library is called this stops the app while it is being opened, as a
    // bug would, so the test can check that the next start does not reopen it.
    if (text.find("\"library\": \"CRASH WHILE OPENING\"") != std::string::npos) std::abort();
#else
    (void)text;
#endif
}

}  // namespace wa
