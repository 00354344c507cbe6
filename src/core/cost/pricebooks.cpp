#include "core/cost/pricebooks.h"

#include "core/cost/pricebookreader.h"
#include "core/logging.h"

#include <QDir>
#include <QStandardPaths>

#include <algorithm>

namespace Stackdraft::Core {

const PriceBooks &PriceBooks::standard()
{
    static const PriceBooks books = [] {
        PriceBooks b;
        const Status bundled = b.addDirectory(QStringLiteral(":/stackdraft/pricing"));
        if (!bundled.ok())
            qCWarning(lcCore, "%s", qUtf8Printable(bundled.error().toString()));
        QStringList userDirs;
        const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        if (!appData.isEmpty())
            userDirs << appData + QStringLiteral("/pricing");
        userDirs << qEnvironmentVariable("STACKDRAFT_PRICING_PATH")
                        .split(QLatin1Char(':'), Qt::SkipEmptyParts);
        for (const QString &dir : std::as_const(userDirs)) {
            if (!QDir(dir).exists())
                continue;
            const Status status = b.addDirectory(dir);
            if (!status.ok())
                qCWarning(lcCore, "%s", qUtf8Printable(status.error().toString()));
        }
        return b;
    }();
    return books;
}

Status PriceBooks::addDirectory(const QString &directory)
{
    const QDir dir(directory);
    const QStringList files = dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    Status first = success();
    for (const QString &file : files) {
        const Status status = addFile(dir.filePath(file));
        if (!status.ok() && first.ok())
            first = status; // keep loading the others; report the first failure
    }
    return first;
}

Status PriceBooks::addFile(const QString &path)
{
    Result<PriceBook> book = PriceBookReader::readFile(path);
    if (!book.ok())
        return book.error();
    add(*book);
    return success();
}

void PriceBooks::add(const PriceBook &book)
{
    auto it = std::lower_bound(m_books.begin(), m_books.end(), book.id(),
                               [](const PriceBook &b, const QString &id) { return b.id() < id; });
    if (it != m_books.end() && it->id() == book.id())
        *it = book;
    else
        m_books.insert(it, book);
}

PriceBook PriceBooks::book(const QString &id) const
{
    auto it = std::lower_bound(m_books.cbegin(), m_books.cend(), id,
                               [](const PriceBook &b, const QString &key) { return b.id() < key; });
    return it != m_books.cend() && it->id() == id ? *it : PriceBook {};
}

} // namespace Stackdraft::Core
