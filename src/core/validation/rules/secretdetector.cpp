#include "core/validation/rules/secretdetector.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace Stackdraft::Core::SecretDetector {

bool hasSecretName(const QString &name)
{
    static const QRegularExpression pattern(
        QStringLiteral("PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIAL"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(name).hasMatch();
}

// Numbers, booleans and durations under a secret-looking name are settings (TOKEN_TTL: 3600), not
// secrets.
bool isPlainSetting(const QString &value)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d+[smhd]?|true|false|yes|no|on|off)$"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(value.trimmed()).hasMatch();
}

// scheme://user:password@host, unless the password is a placeholder such as ${DB_PASSWORD}.
bool hasInlineCredentials(const QString &value)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[a-z][a-z0-9+.-]*://[^/:@\\s]+:([^@\\s]+)@"),
        QRegularExpression::CaseInsensitiveOption);
    if (!value.contains(QLatin1Char('@')) || !value.contains(QLatin1String("://")))
        return false; // what the pattern needs at the least, found without it
    const QRegularExpressionMatch m = pattern.match(value);
    return m.hasMatch() && !m.captured(1).startsWith(QLatin1String("${"));
}

// Well-known key prefixes, PEM blocks, or a long unbroken mix of letters and digits.
bool looksLikeKey(const QString &value)
{
    static const QRegularExpression known(QStringLiteral(
        "^(sk-|sk_live_|gsk_|ghp_|gho_|github_pat_|xox[abpr]-|AKIA[0-9A-Z]{16}|AIza)|-----BEGIN"));
    static const QRegularExpression opaque(QStringLiteral("^[A-Za-z0-9+/=_-]{32,}$"));
    // The patterns' cheap preconditions first: a known prefix starts with one of "sgxA".
    const QChar first = value.isEmpty() ? QChar() : value.front();
    const bool knownPrefix = first == u's' || first == u'g' || first == u'x' || first == u'A';
    if ((knownPrefix || value.contains(QLatin1String("-----BEGIN")))
        && known.match(value).hasMatch())
        return true;
    if (value.size() < 32 || !opaque.match(value).hasMatch())
        return false;
    const bool letters
        = std::any_of(value.cbegin(), value.cend(), [](QChar c) { return c.isLetter(); });
    const bool digits
        = std::any_of(value.cbegin(), value.cend(), [](QChar c) { return c.isDigit(); });
    return letters && digits;
}

namespace {

bool isPlaceholder(const QString &value)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\$\\{[^}]*\\}|\\$[A-Za-z_][A-Za-z0-9_]*|\\{\\{.*\\}\\}|<[^>]*>|%\\{[^}]*"
                       "\\}|\\*+|x+|changeme)$"),
        QRegularExpression::CaseInsensitiveOption);
    return value.isEmpty() || pattern.match(value).hasMatch();
}

} // namespace

int firstSecretLine(const QString &text)
{
    // key: value, key = value, KEY=value, "key": "value" — with the value unquoted.
    static const QRegularExpression setting(
        QStringLiteral("^\\s*[\"']?([A-Za-z0-9_.-]+)[\"']?\\s*(?::|=>|=)\\s*[\"']?([^\"'#,;]*)"));
    static const QRegularExpression words(QStringLiteral("[\\s\"'=,;()\\[\\]{}]+"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        const QRegularExpressionMatch m = setting.match(line);
        if (m.hasMatch()) {
            const QString value = m.captured(2).trimmed();
            // A path is where a secret is read from (bearer_token_file: /run/secrets/x).
            if (hasSecretName(m.captured(1)) && !isPlaceholder(value) && !isPlainSetting(value)
                && !value.startsWith(QLatin1Char('/')))
                return int(i) + 1;
        }
        // Anywhere on a line: a URL with a password, or a private key. Long opaque words are
        // left alone here, unlike in a variable: configuration holds hashes and ids.
        if (line.contains(QLatin1String("-----BEGIN"))
            && line.contains(QLatin1String("PRIVATE KEY")))
            return int(i) + 1;
        const QStringList tokens = line.split(words, Qt::SkipEmptyParts);
        if (std::any_of(tokens.cbegin(), tokens.cend(),
                        [](const QString &token) { return hasInlineCredentials(token); }))
            return int(i) + 1;
    }
    return 0;
}

} // namespace Stackdraft::Core::SecretDetector
