#include "core/cost/pricebookstrings.h"

namespace Stackdraft::Core {
namespace {

// Labels and notes of resources/pricing/*.yaml, in file order.
constexpr const char *Strings[] = {
    // aws-sa-east-1
    QT_TRANSLATE_NOOP("PriceBook", "AWS sa-east-1 (São Paulo) — partial"),
    // aws-us-east-1
    QT_TRANSLATE_NOOP("PriceBook", "AWS us-east-1 (N. Virginia)"),
    // self-hosted
    QT_TRANSLATE_NOOP("PriceBook", "Self-hosted (prices nothing)"),
    QT_TRANSLATE_NOOP("PriceBook",
                      "Self-hosted environments run on machines whose cost "
                      "Stackdraft does not know; this book prices nothing."),
};

} // namespace

QStringList PriceBookStrings::all()
{
    QStringList result;
    for (const char *text : Strings)
        result.append(QString::fromUtf8(text));
    return result;
}

} // namespace Stackdraft::Core
