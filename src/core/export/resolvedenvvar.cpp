#include "core/export/resolvedenvvar.h"

namespace Stackdraft::Core {

bool ResolvedEnvVar::holdsSecret() const
{
    return std::any_of(parts.cbegin(), parts.cend(), [](const Part &p) { return p.isSecret(); });
}

bool ResolvedEnvVar::isPlainSecret() const
{
    return parts.size() == 1 && parts.first().isSecret();
}

QString ResolvedEnvVar::literal() const
{
    QString text;
    for (const Part &p : parts)
        text += p.text;
    return text;
}

QString ResolvedEnvVar::secret() const
{
    const QStringList all = secrets();
    return all.isEmpty() ? QString() : all.first();
}

QStringList ResolvedEnvVar::secrets() const
{
    QStringList names;
    for (const Part &p : parts) {
        if (p.isSecret() && !names.contains(p.secret))
            names << p.secret;
    }
    return names;
}

QString ResolvedEnvVar::render(const std::function<QString(const QString &)> &text,
                               const std::function<QString(const QString &)> &secretRef) const
{
    QString out;
    for (const Part &p : parts)
        out += p.isSecret() ? secretRef(p.secret) : text(p.text);
    return out;
}

} // namespace Stackdraft::Core
