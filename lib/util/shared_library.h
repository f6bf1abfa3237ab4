#pragma once
/// Loading a shared library when it is first needed rather than at start-up.
/// libgit2 (with Kerberos, TLS and SSH behind it) and Graphviz cost several
/// milliseconds to map and relocate; only `diff --against/--from/--to` and
/// `render --to svg` use them, so every other command starts without them.
#include <string>

namespace reltheme {

/// A library opened with dlopen; stays loaded until the process ends (the
/// libraries here keep process-wide state, and unloading them is not safe).
class SharedLibrary {
  public:
    /// Opens `soname` (e.g. "libgit2.so.1.5"). On failure `ok()` is false and
    /// `error()` says why in the loader's words.
    explicit SharedLibrary(const char* soname);

    bool ok() const { return m_handle != nullptr; }
    const std::string& error() const { return m_error; }

    /// The address of `name`, or null (and `error()` set) when it is absent.
    void* symbol(const char* name);

    /// Fills `slot` with the function `name` has; false when it is absent.
    template <typename F>
    bool bind(F& slot, const char* name) {
        slot = reinterpret_cast<F>(symbol(name));
        return slot != nullptr;
    }

  private:
    void* m_handle = nullptr;
    std::string m_error;
};

/// A table of a library's functions, declared from an X-macro list of names:
///
///     #define MY_FUNCTIONS(X) X(foo_open) X(foo_close)
///     struct Foo { MY_FUNCTIONS(RELTHEME_DLOPEN_SLOT) std::string error; };
///     const Foo foo = load_api<Foo>("libfoo.so.1", "cannot foo", [](auto& library, Foo& api) {
///         MY_FUNCTIONS(RELTHEME_DLOPEN_BIND)
///     });
///
/// Each slot has the type of the function in the library's header, so a
/// changed signature fails to build. `error` stays empty when every name was
/// found.
#define RELTHEME_DLOPEN_SLOT(name) decltype(&::name) name = nullptr;
#define RELTHEME_DLOPEN_BIND(name) \
    if (api.error.empty() && !library.bind(api.name, #name)) api.error = library.error();

/// Opens `soname` and fills the table with `bind_all(library, api)`; on
/// failure `api.error` is `purpose`, a colon and the loader's message.
template <class Api, class BindAll>
Api load_api(const char* soname, const char* purpose, BindAll bind_all) {
    Api api;
    SharedLibrary library(soname);
    bind_all(library, api);
    if (!api.error.empty()) api.error = std::string(purpose) + ": " + api.error;
    return api;
}

}  // namespace reltheme
