#include "util/shared_library.h"

#include <dlfcn.h>

namespace reltheme {

SharedLibrary::SharedLibrary(const char* soname) {
    m_handle = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
    if (!m_handle) {
        const char* reason = dlerror();
        m_error = reason ? reason : std::string("cannot load ") + soname;
    }
}

void* SharedLibrary::symbol(const char* name) {
    if (!m_handle) return nullptr;
    dlerror();
    void* address = dlsym(m_handle, name);
    if (!address) {
        const char* reason = dlerror();
        m_error = reason ? reason : std::string("no symbol ") + name;
    }
    return address;
}

}  // namespace reltheme
