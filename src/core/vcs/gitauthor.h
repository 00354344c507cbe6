#pragma once

#include "core/result.h"

#include <QString>

namespace Stackdraft::Core {

// Who a commit is by: from git config (user.name / user.email) or given as "Name <mail>".
struct GitAuthor
{
    QString name;
    QString email;

    bool isValid() const { return !name.isEmpty() && !email.isEmpty(); }
    QString toString() const; // "Name <mail>"
    static Result<GitAuthor> parse(const QString &text);

    friend bool operator==(const GitAuthor &, const GitAuthor &) = default;
};

} // namespace Stackdraft::Core
