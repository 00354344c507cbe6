#include "core/message.h"

#include <QCoreApplication>
#include <QTranslator>

namespace Stackdraft::Core {

Message::Message(const char *context, const char *source, int n)
    : m_context(QByteArray::fromRawData(context, qstrlen(context)))
    , m_literal(source)
    , m_n(n)
{
}

Message::Message(const char *context, const QString &source)
    : m_context(QByteArray::fromRawData(context, qstrlen(context)))
    , m_source(source)
{
}

bool operator==(const Message &a, const Message &b)
{
    const bool sameSource = a.m_literal && b.m_literal
        ? a.m_literal == b.m_literal || qstrcmp(a.m_literal, b.m_literal) == 0
        : a.source() == b.source();
    return sameSource && a.m_context == b.m_context && a.m_n == b.m_n
        && a.m_arguments == b.m_arguments;
}

Message Message::verbatim(const QString &text)
{
    Message message;
    message.m_source = text;
    return message;
}

Message Message::arg(const Message &argument) const
{
    Message out = *this;
    out.m_arguments.push_back(argument);
    return out;
}

// The source translated by `translate` (or kept), then %n and every %1..%99 replaced at once, so an
// argument that itself contains "%2" is never substituted again.
template<typename Translate> QString Message::render(const Translate &translate) const
{
    if (m_context.isEmpty())
        return source();
    const QByteArray given = m_literal ? QByteArray() : m_source.toUtf8();
    QString text = translate(m_context.constData(), m_literal ? m_literal : given.constData(), m_n);
    if (text.isEmpty())
        text = source();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if (c == QLatin1Char('%') && next == QLatin1Char('n') && m_n >= 0) {
            out += QString::number(m_n);
            ++i;
            continue;
        }
        if (c == QLatin1Char('%') && next.isDigit() && next != QLatin1Char('0')) {
            qsizetype end = i + 2;
            if (end < text.size() && text.at(end).isDigit())
                ++end;
            const int index = QStringView(text).mid(i + 1, end - i - 1).toInt();
            if (index <= int(m_arguments.size())) {
                out += m_arguments.at(std::size_t(index - 1)).render(translate);
                i = end - 1;
                continue;
            }
        }
        out += c;
    }
    return out;
}

QString Message::toString() const
{
    return render([](const char *context, const char *source, int n) {
        return QCoreApplication::translate(context, source, nullptr, n);
    });
}

QString Message::toString(const QTranslator *translator) const
{
    return render([translator](const char *context, const char *source, int n) {
        return translator ? translator->translate(context, source, nullptr, n) : QString();
    });
}

} // namespace Stackdraft::Core
