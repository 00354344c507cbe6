#include "app/live/textdiff.h"

#include <QHash>

#include <vector>

namespace Stackdraft::App {

QStringList TextDiff::split(const QString &text)
{
    QStringList result = text.split(QLatin1Char('\n'));
    if (!result.isEmpty() && result.constLast().isEmpty())
        result.removeLast(); // a final newline ends the last line; it does not start another
    return result;
}

QList<TextDiff::Line> TextDiff::lines(const QString &before, const QString &after)
{
    const QStringList a = split(before);
    const QStringList b = split(after);
    // Lines as integers, so the inner loop compares ints.
    QHash<QString, int> ids;
    auto encode = [&ids](const QStringList &text) {
        std::vector<int> out;
        out.reserve(size_t(text.size()));
        for (const QString &line : text) {
            auto it = ids.constFind(line);
            if (it == ids.cend())
                it = ids.insert(line, int(ids.size()));
            out.push_back(*it);
        }
        return out;
    };
    const std::vector<int> x = encode(a);
    const std::vector<int> y = encode(b);
    const int n = int(x.size());
    const int m = int(y.size());
    const int max = n + m;
    const int offset = max + 1;
    std::vector<int> v(size_t(2 * max + 3), 0);
    // The part of v that step d can reach (diagonals -d..d) after each step, to walk the path back:
    // O(D²) memory rather than O(D·(N+M)).
    std::vector<std::vector<int>> trace;
    int found = -1;
    for (int d = 0; d <= max && found < 0; ++d) {
        for (int k = -d; k <= d; k += 2) {
            int i = (k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)]))
                ? v[size_t(offset + k + 1)]
                : v[size_t(offset + k - 1)] + 1;
            int j = i - k;
            while (i < n && j < m && x[size_t(i)] == y[size_t(j)]) {
                ++i;
                ++j;
            }
            v[size_t(offset + k)] = i;
            if (i >= n && j >= m) {
                found = d;
                break;
            }
        }
        trace.emplace_back(v.begin() + (offset - d), v.begin() + (offset + d + 1));
    }

    QList<Line> reversed;
    int i = n;
    int j = m;
    for (int d = found; d > 0; --d) {
        const std::vector<int> &trail = trace[size_t(d - 1)];
        auto previous = [&trail, d](int k) { return trail[size_t(k + d - 1)]; };
        const int k = i - j;
        const bool down = k == -d || (k != d && previous(k - 1) < previous(k + 1));
        const int previousK = down ? k + 1 : k - 1;
        const int previousI = previous(previousK);
        const int previousJ = previousI - previousK;
        while (i > previousI && j > previousJ)
            reversed.append({Op::Equal, a.at(--i)}), --j;
        if (down)
            reversed.append({Op::Insert, b.at(--j)});
        else
            reversed.append({Op::Delete, a.at(--i)});
    }
    while (i > 0 && j > 0)
        reversed.append({Op::Equal, a.at(--i)}), --j;
    QList<Line> result(reversed.crbegin(), reversed.crend());
    return result;
}

QString TextDiff::unified(const QString &before, const QString &after, const QString &beforeName,
                          const QString &afterName, int context)
{
    const QList<Line> all = lines(before, after);
    QList<int> changed;
    for (int index = 0; index < all.size(); ++index) {
        if (all.at(index).op != Op::Equal)
            changed.append(index);
    }
    if (changed.isEmpty())
        return {};
    QString out = QStringLiteral("--- %1\n+++ %2\n").arg(beforeName, afterName);
    // Line numbers (1-based) of each entry in the old and new text.
    QList<int> oldLine(all.size());
    QList<int> newLine(all.size());
    int o = 1;
    int w = 1;
    for (int index = 0; index < all.size(); ++index) {
        oldLine[index] = o;
        newLine[index] = w;
        if (all.at(index).op != Op::Insert)
            ++o;
        if (all.at(index).op != Op::Delete)
            ++w;
    }
    int c = 0;
    while (c < changed.size()) {
        const int start = qMax(0, changed.at(c) - context);
        int end = qMin(int(all.size()), changed.at(c) + context + 1);
        while (c + 1 < changed.size() && changed.at(c + 1) - context <= end) {
            ++c;
            end = qMin(int(all.size()), changed.at(c) + context + 1);
        }
        ++c;
        int oldCount = 0;
        int newCount = 0;
        QString body;
        for (int index = start; index < end; ++index) {
            const Line &line = all.at(index);
            const QChar mark = line.op == Op::Equal
                ? QLatin1Char(' ')
                : (line.op == Op::Insert ? QLatin1Char('+') : QLatin1Char('-'));
            if (line.op != Op::Insert)
                ++oldCount;
            if (line.op != Op::Delete)
                ++newCount;
            body += mark + line.text + QLatin1Char('\n');
        }
        // git's convention: a range with no lines starts at the line before it.
        const int oldStart = oldCount ? oldLine.at(start) : oldLine.at(start) - 1;
        const int newStart = newCount ? newLine.at(start) : newLine.at(start) - 1;
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n")
                   .arg(oldStart)
                   .arg(oldCount)
                   .arg(newStart)
                   .arg(newCount);
        out += body;
    }
    return out;
}

} // namespace Stackdraft::App
