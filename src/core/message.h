#pragma once

#include <QByteArray>
#include <QString>

#include <concepts>
#include <vector>

class QTranslator;

namespace Stackdraft::Core {

// Text for a person, kept as data until it is shown. Core computes messages; the edge that shows
// one translates it — into the interface language (toString()) or into a document's own language
// (toString(translator)) — so nothing core returns depends on the language of the process.
//
// A message is an English source in a translation context, with %1..%n arguments that are messages
// themselves (a name or a number is a verbatim message, shown as it is). The source is either a
// literal marked at the call site with QT_TRANSLATE_NOOP(context, source), so that lupdate extracts
// it, or text from a data file (untranslated source text) whose translations a *Strings class lists
// under the same context.
class Message final
{
public:
    Message() = default;
    // `context` and `source` are string literals (QT_TRANSLATE_NOOP's): they are referred to, not
    // copied, since hundreds of thousands of messages (cost lines, problems at 10,000 components)
    // each allocated its own copy, and a re-validation made thousands. `n` >= 0: a plural source
    // ("%n replica(s)"), translated in its numerus form.
    Message(const char *context, const char *source, int n = -1);
    Message(const char *context, const QString &source);
    // Shown as it is, in every language: ids, names, numbers, quoted user data, errors already
    // worded by another layer.
    static Message verbatim(const QString &text);

    bool isEmpty() const { return m_literal ? *m_literal == '\0' : m_source.isEmpty(); }
    QByteArray context() const { return m_context; }
    // English, placeholders unfilled.
    QString source() const { return m_literal ? QString::fromUtf8(m_literal) : m_source; }

    // Like QString::arg: the next placeholder takes `argument`, a number as QString::arg prints it.
    Message arg(const Message &argument) const;
    Message arg(const QString &text) const { return arg(verbatim(text)); }
    Message arg(std::integral auto value) const { return arg(QString::number(value)); }
    Message arg(double value, int fieldWidth = 0, char format = 'g', int precision = -1) const
    {
        return arg(QStringLiteral("%1").arg(value, fieldWidth, format, precision));
    }
    template<typename... Arguments>
    requires(sizeof...(Arguments) > 1) Message arg(const Arguments &...arguments)
    const
    {
        Message out = *this;
        ((out = out.arg(arguments)), ...);
        return out;
    }

    // In the interface language: through the translators installed in QCoreApplication.
    QString toString() const;
    // In the language of `translator`; English (the source) when it is null or has no
    // translation.
    QString toString(const QTranslator *translator) const;

    friend bool operator==(const Message &a, const Message &b);

private:
    template<typename Translate> QString render(const Translate &translate) const;

    QByteArray m_context; // empty: verbatim; the literal itself (QByteArray::fromRawData)
    const char *m_literal = nullptr; // the source when it is a literal, else null
    QString m_source; // the source when it is given as text
    int m_n = -1;
    std::vector<Message> m_arguments; // a vector: the one container that may hold its own type
};

} // namespace Stackdraft::Core
