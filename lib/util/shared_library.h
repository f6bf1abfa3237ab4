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

}  // namespace reltheme
