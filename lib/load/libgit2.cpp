#include "load/libgit2.h"

namespace reltheme {

const Git2& git2() {
    static const Git2 k_api = [] {
        Git2 api =
            load_api<Git2>(RELTHEME_LIBGIT2_SONAME, "cannot read git history without libgit2",
                           [](SharedLibrary& library, Git2& api) {
                               RELTHEME_GIT2_FUNCTIONS(RELTHEME_DLOPEN_BIND)
                           });
        if (api.error.empty()) api.git_libgit2_init();
        return api;
    }();
    return k_api;
}

std::string git2_last_error(const char* fallback) {
    const git_error* e = git2().git_error_last();
    return e && e->message ? std::string(e->message) : std::string(fallback);
}

}  // namespace reltheme
