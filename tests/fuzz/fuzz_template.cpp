// libFuzzer target: Mustache template filling (`render --document`, the
// handbook's placeholders). Input: a template, a NUL byte, then the deal's
// values as lines `dotted.name=text` (`name=[a,b]` a list, `name=?yes` a
// yes/no); both escapes, with missing values kept and left out.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "render/template_fill.h"

namespace {

reltheme::render::TemplateValue values_of(std::string_view text) {
    using reltheme::render::TemplateValue;
    TemplateValue values;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        const std::string_view line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
        const std::size_t eq = line.find('=');
        if (eq == std::string_view::npos) continue;
        const std::string_view name = line.substr(0, eq);
        const std::string_view value = line.substr(eq + 1);
        if (value.starts_with('[') && value.ends_with(']') && value.size() >= 2) {
            TemplateValue list;
            list.kind = TemplateValue::Kind::List;
            std::string_view items = value.substr(1, value.size() - 2);
            while (!items.empty()) {
                const std::size_t comma = items.find(',');
                list.items.push_back(TemplateValue::of_text(std::string(items.substr(0, comma))));
                items =
                    comma == std::string_view::npos ? std::string_view{} : items.substr(comma + 1);
            }
            values.set(name, std::move(list));
        } else if (value.starts_with('?')) {
            values.set(name, TemplateValue::of_bool(value == "?yes", std::string(value.substr(1))));
        } else {
            values.set(name, TemplateValue::of_text(std::string(value)));
        }
    }
    return values;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace reltheme::render;
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const std::size_t split = input.find('\0');
    const std::string_view text = input.substr(0, split);
    const TemplateValue values =
        values_of(split == std::string_view::npos ? std::string_view{} : input.substr(split + 1));
    (void)template_names(text);
    for (const ValueEscape escape : {ValueEscape::None, ValueEscape::Markdown}) {
        for (const bool keep : {true, false}) {
            const FilledTemplate filled = fill_template(text, values, escape, keep);
            if (filled.text.size() > max_filled_bytes() && filled.error.empty())
                __builtin_trap();  // the bound of docs/limits.md did not hold
        }
    }
    return 0;
}
