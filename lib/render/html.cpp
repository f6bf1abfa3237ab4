#include "render/html.h"

#include "render/escape.h"

namespace reltheme::render {
namespace {

constexpr std::string_view k_style =
    R"(body{margin:0;background:#fff;color:#1a202c;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
nav,main,footer{max-width:62rem;margin:0 auto;padding:0 1.2rem}
nav{padding-top:1rem}
a{color:#2b6cb0}
h1{font-size:1.9rem;margin:1.2rem 0 .6rem}
h2{font-size:1.4rem;border-bottom:1px solid #e2e8f0;padding-bottom:.2rem;margin-top:2.2rem}
h3{font-size:1.15rem;margin:1.4rem 0 .4rem}
h4,h5,h6{font-size:1rem}
code{background:#edf2f7;border-radius:3px;padding:0 .25rem;font-size:.92em}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:.6rem 0}
dl.facts dt{color:#4a5568}
dl.facts dd{margin:0}
table{border-collapse:collapse;margin:.6rem 0;width:100%}
th,td{border:1px solid #e2e8f0;padding:.3rem .55rem;text-align:left;vertical-align:top}
th{background:#f7fafc}
section.stage{border-left:3px solid #cbd5e0;padding-left:1rem;margin:1.2rem 0}
section.stage.final{border-left-color:#2f855a}
figure.graph{margin:1rem 0;overflow-x:auto}
figure.graph svg{max-width:100%;height:auto}
.instruction{margin:.6rem 0}
.error{color:#c53030}
li{margin:.25rem 0}
footer{color:#718096;font-size:.85rem;margin-top:3rem;padding-bottom:1.5rem}
@media print{nav{display:none}a{color:inherit}}
)";

}  // namespace

std::string html_document(Lang lang, std::string_view title, std::string_view body) {
    std::string out;
    out += "<!DOCTYPE html>\n<html lang=\"";
    out += lang_code(lang);
    out += "\">\n<head>\n<meta charset=\"utf-8\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out +=
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; img-src data:\">\n";
    out += "<meta name=\"generator\" content=\"reltheme\">\n";
    out += "<title>" + html_escape(title) + "</title>\n";
    out += "<style>\n";
    out += k_style;
    out += "</style>\n</head>\n<body>\n";
    out += body;
    out += "</body>\n</html>\n";
    return out;
}

}  // namespace reltheme::render
