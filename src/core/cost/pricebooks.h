#pragma once

#include "core/cost/pricebook.h"
#include "core/result.h"

#include <QList>
#include <QString>

namespace Stackdraft::Core {

// The registry of price books: bundled books (":/stackdraft/pricing/*.yaml") first, then user
// directories, whose books replace bundled ones with the same id. Books are kept sorted by id.
class PriceBooks
{
public:
    // Bundled books plus QStandardPaths AppDataLocation + "/pricing" and $STACKDRAFT_PRICING_PATH
    // (colon-separated). Errors in user files are logged, never fatal.
    static const PriceBooks &standard();

    PriceBooks() = default;
    Status addDirectory(const QString &directory); // every *.yaml in it
    Status addFile(const QString &path);
    void add(const PriceBook &book);

    PriceBook book(const QString &id) const; // invalid when unknown
    QList<PriceBook> books() const { return m_books; }

private:
    QList<PriceBook> m_books; // sorted by id
};

} // namespace Stackdraft::Core
