#include "core/validation/problem.h"

#include <QCoreApplication>

namespace Stackdraft::Core {

QString severityId(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString severityText(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QCoreApplication::translate("Validation", "info");
    case Severity::Warning:
        return QCoreApplication::translate("Validation", "warning");
    case Severity::Error:
        return QCoreApplication::translate("Validation", "error");
    }
    return {};
}

std::optional<Severity> severityFromId(const QString &id)
{
    for (Severity s : {Severity::Info, Severity::Warning, Severity::Error}) {
        if (severityId(s) == id)
            return s;
    }
    return std::nullopt;
}

} // namespace Stackdraft::Core
