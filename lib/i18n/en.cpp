// The English catalogue (i18n/messages.h): an id and its text, with named
// parameters; a noun's forms separated by `|` (one|many).
#include "i18n/messages.h"

namespace reltheme::i18n {
namespace {

// clang-format off
constexpr Entry k_entries[] = {
    // Shared phrases.
    {"did-you-mean", "; did you mean \"{suggestion}\"?"},

    // The summary line of a human report.
    {"summary", "{errors}, {warnings}{infos} in {files}"},
    {"summary.infos", ", {infos}"},
    {"summary.run-failed", "; the run failed:"},
    {"summary.baseline", " ({baselined} baselined{unused})"},
    {"summary.unused-baseline", ", {entries}"},
    {"noun.unused-baseline-entry", "unused baseline entry|unused baseline entries"},
    {"noun.error", "error|errors"},
    {"noun.warning", "warning|warnings"},
    {"noun.info", "info|info"},
    {"noun.file-in", "file|files"},
    {"approval-without-approvers", "deadline changes need approval, but no approvers are listed, so no deadline can be extended; add approvers (role:<name>, user:<login> or manager)"},
    {"approvers-without-approval", "approvers are listed, but approval is none, so they are never asked; set approval: required or remove the approvers"},
    {"close-on-payment-without-payment-stage", "close: on-payment closes a deal when it is paid at the stage with role: payment, but no stage has that role; mark the payment stage with role: payment or choose another close policy"},
    {"deadline-change-without-max-duration", "deadline_change says how a deal's term is extended, but the theme sets no max_duration, so deals have no term to extend; add max_duration or remove deadline_change"},
    {"audit-outcome-comment", "audit outcome \"{outcome}\" needs comment: required; outcomes an audit adds to yes and no are recorded with a comment"},
    {"dead-end", "no final stage can be reached from stage \"{stage}\": every route from it loops among stages that all have \"next\", so a deal there is trapped"},
    {"deadline-on-closing-stage.won", "the deadline of final stage \"{stage}\" never runs: with close: on-final-stage the deal closes as won when it enters the stage; remove the deadline"},
    {"deadline-on-closing-stage.lost", "the deadline of final stage \"{stage}\" never runs: with close: on-final-stage the deal closes as lost when it enters the stage; remove the deadline"},
    {"duplicate-id", "theme id \"{theme}\" is already used by {file}"},
    {"note.first-defined", "first defined here"},
    {"duplicate-name.outcome", "outcome \"{id}\" has the same name as outcome \"{first}\" (\"{name}\"); managers cannot tell them apart"},
    {"duplicate-name.document", "document \"{id}\" has the same name as document \"{first}\" (\"{name}\"); managers cannot tell them apart"},
    {"duplicate-name.field", "field \"{id}\" has the same name as field \"{first}\" (\"{name}\"); managers cannot tell them apart"},
    {"note.first-used", "first used here"},
    {"duplicate-stage-name", "stage \"{id}\" has the same name as stage \"{first}\" (\"{name}\"); managers cannot tell them apart"},
    {"duplicate-transition", "\"{to}\" is listed twice in \"next\" of stage \"{stage}\""},
    {"note.first-listed", "first listed here"},
    {"empty-name", "the name of {item} is empty; managers see a blank where it is shown"},
    {"item.theme", "theme \"{id}\""},
    {"item.stage", "stage \"{id}\""},
    {"item.outcome", "outcome \"{id}\""},
    {"item.document", "document \"{id}\""},
    {"item.field", "field \"{id}\""},
    {"name-whitespace.break", "the name of {item} has a tab or line break: \"{name}\""},
    {"name-whitespace.start", "the name of {item} starts with a space: \"{name}\""},
    {"name-whitespace.end", "the name of {item} ends with a space: \"{name}\""},
    {"name-whitespace.double", "the name of {item} has two spaces in a row: \"{name}\""},
    {"long-name", "the name of {item} is {length} long; names over {max} are cut off on screen, so shorten it and put details into the description or instruction"},
    {"noun.character", "character|characters"},
    {"name-case", "the name of {item} starts with a lower-case letter: \"{name}\"; names start with a capital, as in the CRM's own"},
    {"id-style.field", "field id \"{id}\" is not in snake_case; field ids use underscores (\"{fixed}\"), as they appear in placeholders like {{{{fields.{fixed}}}}}"},
    {"id-style.theme", "theme id \"{id}\" is not in kebab-case; theme ids use hyphens (\"{fixed}\"); only field ids use underscores"},
    {"id-style.stage", "stage id \"{id}\" is not in kebab-case; stage ids use hyphens (\"{fixed}\"); only field ids use underscores"},
    {"id-style.outcome", "outcome id \"{id}\" is not in kebab-case; outcome ids use hyphens (\"{fixed}\"); only field ids use underscores"},
    {"id-style.document", "document id \"{id}\" is not in kebab-case; document ids use hyphens (\"{fixed}\"); only field ids use underscores"},
    {"invoices-cancelled-on-win", "a deal can reach final stage \"{stage}\" without passing a payment stage ({route}) and close as won there before it is paid; unpaid_invoices: cancel then cancels its invoice — set unpaid_invoices: keep if clients pay on delivery"},
    {"invoices-cancelled-on-win.unset", "a deal can reach final stage \"{stage}\" without passing a payment stage ({route}) and close as won there before it is paid; unpaid_invoices, left out, means cancel and then cancels its invoice — set unpaid_invoices: keep if clients pay on delivery"},
    {"missing-deadline", "stage \"{stage}\" has no deadline, so deals can stay in it unnoticed"},
    {"missing-deadline.max", "stage \"{stage}\" has no deadline, so deals can stay in it unnoticed until max_duration runs out"},
    {"missing-description", "theme \"{theme}\" has no description; say in one line which deals it is for"},
    {"missing-instruction", "theme \"{theme}\" has no instruction; add instruction or instruction_file to tell managers how to work with it"},
    {"missing-instruction.stage", "stage \"{stage}\" has no instruction; say what the manager does at this stage"},
    {"missing-outcomes", "theme \"{theme}\" has no refusal reasons; add outcomes with result: failure (too expensive, chose a competitor, ...) so lost deals say why they were lost"},
    {"no-final-stage.one", "no stage is final: the only stage has \"next\", so no route through the stages ever ends; leave \"next\" out of the last stage"},
    {"no-final-stage", "no stage is final: all {count} stages have \"next\", so no route through the stages ever ends; leave \"next\" out of the last stage"},
    {"note.close-policy", "the close policy is set here"},
    {"list.and", " and "},
    {"quoted", "\"{text}\""},
    {"payment-not-on-every-route.none", "no stage with role: payment can be reached from the first stage, so with close: on-payment no deal ever closes as won"},
    {"payment-not-on-every-route", "a deal can reach final stage \"{stage}\" without passing a payment stage ({route}), and with close: on-payment it then never closes as won"},
    {"probability-sum", "the probabilities on \"next\" of stage \"{stage}\" add up to {sum:g} ({given} entries), more than 1"},
    {"refusal-stage-ends-as-won", "final stage \"{stage}\" (\"{name}\") reads as a refusal, but with close: on-final-stage a deal entering it closes as won; add result: failure if it is a lost end"},
    {"reserved-id.sales", "outcome id \"{outcome}\" is reserved: sales themes have \"won\" (success) and \"lost\" (failure) built in; give this outcome another id"},
    {"reserved-id.audit", "outcome id \"{outcome}\" is reserved: audit themes have \"yes\" and \"no\" built in; give this outcome another id"},
    {"reserved-id.formerly", "\"{builtin}\" is a built-in outcome and never goes away, so outcome \"{outcome}\" cannot replace it"},
    {"result-on-non-final-stage", "stage \"{stage}\" has \"next\", so it is not final and \"result: {result}\" means nothing: only a final stage ends a deal as success or failure; remove the key or make the stage final"},
    {"self-transition", "stage \"{stage}\" lists itself in \"next\"; a deal stays in a stage without a transition"},
    {"stage-order", "stage \"{stage}\" is listed before every stage that leads to it (the first of them is \"{first}\"); the CRM shows stages in list order, so list them as deals go"},
    {"stages-after-payment.one", "with close: on-payment a deal closes at \"{stage}\" once it is paid, so {after} after it sees only deals that moved on unpaid; make \"{stage}\" final or choose close: on-outcome"},
    {"stages-after-payment", "with close: on-payment a deal closes at \"{stage}\" once it is paid, so {after} after it see only deals that moved on unpaid; make \"{stage}\" final or choose close: on-outcome"},
    {"too-many-stages", "the theme has {stages}, more than {max} (some CRMs refuse more); stage \"{stage}\" is the first over the limit — merge stages or split the theme"},
    {"noun.stage", "stage|stages"},
    {"unknown-document", "\"{document}\" is a document, not a field: \"requires\" lists the fields a deal must fill before it enters stage \"{stage}\", and no document can be required there"},
    {"note.document-defined", "the document is defined here"},
    {"unknown-field.none", "field \"{field}\" does not exist: the theme defines no fields (add it under \"fields\")"},
    {"unknown-field", "field \"{field}\" does not exist{suggestion}"},
    {"unknown-stage", "stage \"{stage}\" does not exist{suggestion}"},
    {"unknown-reference.script", "script \"{name}\" is not in the project registry ({key}){suggestion}"},
    {"unknown-reference.approver", "approver \"{name}\" is not in the project registry ({key}){suggestion}"},
    {"note.registry", "{key} is here"},
    {"unpaid-invoices-without-payment-stage", "after_close.unpaid_invoices is set, but no stage has role: payment, so the theme never asks for an invoice; mark the payment stage with role: payment or remove the setting"},
    {"unreachable-outcome.on-final-stage", "outcome \"{outcome}\" can never be recorded: with close: on-final-stage a deal closes as won on entering a final stage, the only place a success outcome may be recorded"},
    {"unreachable-outcome.on-payment", "outcome \"{outcome}\" can never be recorded: with close: on-payment a deal closes as won when its invoices are paid at a stage with role: payment, and a success outcome cannot be recorded by hand"},
    {"unreachable-outcome", "outcome \"{outcome}\" can never be recorded: a success outcome is recorded only in a final stage, and every final stage of the theme ends as failure (result: failure)"},
    {"unreachable-stage.no-next", "stage \"{stage}\" cannot be reached from the first stage \"{first}\": no stage lists it in \"next\""},
    {"unreachable-stage.unreachable", "stage \"{stage}\" cannot be reached from the first stage \"{first}\": only stages that cannot be reached lead to it"},
    {"unused-document", "document \"{document}\" is attached to no stage, so managers are never offered it; list the stages in its \"stages\""},
    {"fix.replace", "Replace with \"{text}\""},
};
// clang-format on

}  // namespace

std::span<const Entry> catalogue_en() {
    return k_entries;
}

}  // namespace reltheme::i18n
