#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace Stackdraft::Core {

// Writes the small YAML subset of the project file by hand, so that the layout
// (key order, flow maps for short records, blank lines between sections) is
// ours and stable across yaml-cpp versions. Every text goes through scalar(),
// which quotes whatever YAML would read as something else.
class YamlWriter final
{
public:
    enum class Context { Block, Flow };
    using Entries = QList<std::pair<QString, QString>>; // key -> already formatted value

    // `key: text` — plain, quoted, or a literal block (`|-`) for multi-line text.
    void text(int indent, const QString &key, const QString &value);
    // `key: value` with a value already formatted (numbers, quantities, flow
    // collections).
    void raw(int indent, const QString &key, const QString &value);
    // `key:` opening a nested block.
    void open(int indent, const QString &key);
    // `- ` list item whose first line is `firstKey: firstValue` (already
    // formatted).
    void item(int indent, const QString &value);
    void blankLine();
    QByteArray bytes() const { return m_text.toUtf8(); }

    // A scalar as YAML text: plain when it reads back as the same string, else
    // double-quoted.
    static QString scalar(const QString &text, Context context = Context::Block);
    static QString number(double value); // shortest text that reads back as the same double
    static QString flowMap(const Entries &entries);
    static QString flowList(const QStringList &formattedItems);
    static QString textList(const QStringList &texts); // flow list of scalars

private:
    void indentTo(int indent);
    static bool canBePlain(const QString &text, Context context);
    static bool canBeLiteralBlock(const QString &text);

    QString m_text;
};

} // namespace Stackdraft::Core
