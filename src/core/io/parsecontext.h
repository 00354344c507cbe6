#pragma once

#include "core/io/yamlnode.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace Stackdraft::Core {

// Reads typed values out of YamlNodes and keeps the first error: the reader
// reports ONE problem, the first in file order, with its file, line, column and
// field path. After a failure every getter answers a harmless default, so
// callers check failed() only where going on would mislead.
class ParseContext final
{
    // Every message of the project reader is in the translation context "ProjectReader", whichever
    // parser reports it; each parser class declares the same, which is also what lupdate reads.
    Q_DECLARE_TR_FUNCTIONS(ProjectReader)

public:
    explicit ParseContext(const QString &fileName)
        : m_fileName(fileName)
    {
    }

    bool failed() const { return m_error.has_value(); }
    Error error() const { return m_error.value_or(Error {}); }
    void fail(const YamlNode &at, const QString &field, const QString &message);

    // Fails unless `node` is a map (a null node counts as an empty map when
    // `allowNull`).
    bool expectMap(const YamlNode &node, const QString &field, bool allowNull = false);
    bool expectSequence(const YamlNode &node, const QString &field);
    // Fails on the first key not in `allowed`, suggesting the closest allowed
    // key.
    void checkKeys(const YamlNode &map, const QString &field, const QStringList &allowed);

    QString text(const YamlNode &node, const QString &field); // null -> empty
    QString requiredText(const YamlNode &node, const QString &field);
    QString dnsLabel(const YamlNode &node, const QString &field, const QString &what);
    std::optional<qint64> integer(const YamlNode &node, const QString &field, qint64 min,
                                  qint64 max);
    // Finite, within [min, max]: every figure of a file has a bound, so nothing computed from
    // them can become infinite.
    std::optional<double> number(const YamlNode &node, const QString &field, double min,
                                 double max);
    // The bound of money and usage figures (dollars, GB, capacity units): a trillion.
    static constexpr double MaxFigure = 1e12;
    std::optional<bool> boolean(const YamlNode &node, const QString &field);
    std::optional<qint64> cpu(const YamlNode &node, const QString &field);
    std::optional<qint64> memory(const YamlNode &node, const QString &field);
    QStringList textList(const YamlNode &node, const QString &field);

    // "components.backend" + "env" -> "components.backend.env"; index form
    // "environments[2]".
    static QString join(const QString &parent, const QString &key);
    // join() with a key spelled in the source: sub("environments[0]", "budget").
    static QString sub(const QString &parent, const char *key);
    static QString key(const char *name) { return QString::fromLatin1(name); }
    static QStringList keys(std::initializer_list<const char *> names);
    static QString index(const QString &parent, int i);
    // The candidate closest to `word` when it is a plausible typo, else empty.
    static QString closest(const QString &word, const QStringList &candidates);

private:
    QString m_fileName;
    std::optional<Error> m_error;
};

} // namespace Stackdraft::Core
