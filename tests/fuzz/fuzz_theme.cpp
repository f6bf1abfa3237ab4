// libFuzzer target: arbitrary bytes through the loader and every rule (lint).
#include <cstddef>
#include <cstdint>
#include <string>

#include "check/engine.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const reltheme::CheckOptions options = [] {
        reltheme::CheckOptions o;
        o.lint = true;
        o.limits.max_bytes = 1u << 20;
        o.limits.max_nodes = 200'000;
        o.limits.max_alias_expansion = 200'000;
        return o;
    }();
    const std::string text(reinterpret_cast<const char*>(data), size);
    (void)reltheme::check_text("fuzz.yaml", text, options);
    return 0;
}
