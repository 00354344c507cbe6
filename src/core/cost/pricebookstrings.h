#pragma once

#include "core/message.h"

#include <QStringList>

namespace Stackdraft::Core {

// The English labels and notes of the bundled price books, marked with
// QT_TRANSLATE_NOOP("PriceBook", ...) so lupdate extracts them from this one place (the YAML files
// are not scanned). tst_pricebook checks that every bundled label and note is listed.
class PriceBookStrings final
{
public:
    static constexpr const char *Context = "PriceBook";

    static QStringList all();
    // A label or note read from a price book, as a message: translated where it is shown when it is
    // one of the bundled books' strings, shown as written otherwise (a user's own book).
    static Message text(const QString &source) { return Message(Context, source); }
};

} // namespace Stackdraft::Core
