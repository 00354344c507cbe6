#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Stackdraft::Core {

// One environment variable as a generator writes it: a sequence of literal text and secret
// references.
//  - a literal ("production") is one text part;
//  - a secret ({secret: backend-secret-key}) is one secret part;
//  - a connection-derived URL holding a password ("mysql://root:<secret>@mysql:3306/app") mixes
//  both, and
//    is treated as a secret as a whole: it never goes into a ConfigMap or any file as plain text.
struct ResolvedEnvVar
{
    struct Part
    {
        QString text; // literal text, when `secret` is empty
        QString secret; // a secret's name

        bool isSecret() const { return !secret.isEmpty(); }
        friend bool operator==(const Part &, const Part &) = default;
    };

    QString name;
    QList<Part> parts;
    QString from; // for a connection-derived value: the component it came from

    bool holdsSecret() const; // any secret part
    bool isLiteral() const { return !holdsSecret(); }
    bool isPlainSecret() const; // exactly one part, a secret: usable as a whole secret reference
    QString literal() const; // the text parts joined (the whole value when isLiteral())
    QString secret() const; // the first secret's name
    QStringList secrets() const; // every secret's name, in order, without repeats

    // Joins the parts, passing literal text through `text` (to escape "$" for the target format)
    // and writing each secret as `secretRef` makes it ("${MYSQL_ROOT_PASSWORD}",
    // "$(MYSQL_ROOT_PASSWORD)").
    QString render(const std::function<QString(const QString &)> &text,
                   const std::function<QString(const QString &)> &secretRef) const;

    friend bool operator==(const ResolvedEnvVar &, const ResolvedEnvVar &) = default;
};

} // namespace Stackdraft::Core
