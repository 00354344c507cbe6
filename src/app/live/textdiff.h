#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Stackdraft::App {

// Line diffs between two texts that are not both in git: a generated file against the copy on disk,
// or the same file generated for two environments. Myers' O(ND) algorithm, so two large files that
// differ in a few lines are compared in about linear time.
class TextDiff final
{
public:
    enum class Op { Equal, Insert, Delete };
    struct Line
    {
        Op op = Op::Equal;
        QString text;
        friend bool operator==(const Line &, const Line &) = default;
    };

    // Every line of both texts in order, each marked equal, inserted (only in `after`) or deleted
    // (only in `before`).
    static QList<Line> lines(const QString &before, const QString &after);

    // `git diff`-style unified text with `context` lines around each change; empty when equal.
    static QString unified(const QString &before, const QString &after, const QString &beforeName,
                           const QString &afterName, int context = 3);

private:
    static QStringList split(const QString &text);
};

} // namespace Stackdraft::App
