#include "core/import/composeinterpolation.h"

#include <QCoreApplication>

namespace Stackdraft::Core {
namespace {

bool isNameStart(QChar c)
{
    return c == QLatin1Char('_') || (c.isLetter() && c.unicode() < 128);
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c.isDigit() && c.unicode() < 128);
}

} // namespace

ComposeInterpolation ComposeInterpolation::apply(const QString &input,
                                                 const QMap<QString, QString> &vars)
{
    ComposeInterpolation out;
    if (!input.contains(QLatin1Char('$'))) {
        out.text = input;
        return out;
    }
    int substitutions = 0;
    QString onlyVariable;
    const qsizetype n = input.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = input[i];
        if (c != QLatin1Char('$') || i + 1 >= n) {
            out.text += c;
            continue;
        }
        const QChar next = input[i + 1];
        if (next == QLatin1Char('$')) {
            out.text += QLatin1Char('$');
            ++i;
            continue;
        }
        QString name;
        QString op;
        QString operand;
        qsizetype end = i;
        if (next == QLatin1Char('{')) {
            const qsizetype close = input.indexOf(QLatin1Char('}'), i + 2);
            if (close < 0) {
                out.error = QCoreApplication::translate("Import", "'${' is not closed with '}'");
                out.text += input.mid(i);
                break;
            }
            const QString inner = input.mid(i + 2, close - i - 2);
            qsizetype k = 0;
            while (k < inner.size() && isNameChar(inner[k]))
                ++k;
            name = inner.left(k);
            for (const char *candidate : {":-", ":?", ":+", "-", "?", "+"}) {
                if (inner.mid(k).startsWith(QLatin1String(candidate))) {
                    op = QLatin1String(candidate);
                    break;
                }
            }
            operand = inner.mid(k + op.size());
            if (name.isEmpty() || !isNameStart(name.front())
                || (op.isEmpty() && k != inner.size())) {
                out.error
                    = QCoreApplication::translate("Import", "'${%1}' is not a valid substitution")
                          .arg(inner);
                out.text += input.mid(i, close - i + 1);
                i = close;
                continue;
            }
            end = close;
        } else if (isNameStart(next)) {
            qsizetype k = i + 1;
            while (k < n && isNameChar(input[k]))
                ++k;
            name = input.mid(i + 1, k - i - 1);
            end = k - 1;
        } else {
            out.text += c;
            continue;
        }
        ++substitutions;
        const bool set = vars.contains(name);
        const QString value = vars.value(name);
        QString replacement;
        if (op == QLatin1String(":-"))
            replacement = value.isEmpty() ? operand : value;
        else if (op == QLatin1String("-"))
            replacement = set ? value : operand;
        else if (op == QLatin1String(":+"))
            replacement = value.isEmpty() ? QString() : operand;
        else if (op == QLatin1String("+"))
            replacement = set ? operand : QString();
        else if ((op == QLatin1String(":?") && value.isEmpty())
                 || (op == QLatin1String("?") && !set))
            out.error = operand.isEmpty()
                ? QCoreApplication::translate("Import", "required variable %1 is not set").arg(name)
                : operand;
        else
            replacement = value;
        if (!set && op.isEmpty())
            out.unset << name;
        if (op.isEmpty()) {
            onlyVariable = name;
        } else {
            onlyVariable.clear();
        }
        out.text += replacement;
        if (i == 0 && end == n - 1 && substitutions == 1 && !onlyVariable.isEmpty())
            out.wholeVariable = onlyVariable;
        i = end;
    }
    return out;
}

} // namespace Stackdraft::Core
