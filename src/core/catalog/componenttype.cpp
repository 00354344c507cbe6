#include "core/catalog/componenttype.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Stackdraft::Core {

ComponentType::ComponentType(ComponentTypeData data)
    : m_data(std::make_shared<const ComponentTypeData>(std::move(data)))
{
}

const ComponentTypeData &ComponentType::data() const
{
    // An invalid handle answers empty values instead of crashing, so callers can chain accessors.
    static const ComponentTypeData empty;
    return m_data ? *m_data : empty;
}

QString ComponentType::translatedLabel() const
{
    const QString text = label();
    return text.isEmpty() ? text
                          : QCoreApplication::translate("Catalog", text.toUtf8().constData());
}

QString ComponentType::translatedDescription() const
{
    const QString text = description();
    return text.isEmpty() ? text
                          : QCoreApplication::translate("Catalog", text.toUtf8().constData());
}

const TypeEnvVar *ComponentType::envVar(const QString &name) const
{
    for (const TypeEnvVar &var : data().env) {
        if (var.name == name)
            return &var;
    }
    return nullptr;
}

QStringList ComponentType::templateFields(const QString &urlTemplate)
{
    static const QRegularExpression field(QStringLiteral("\\{([A-Za-z_][A-Za-z0-9_]*)\\}"));
    QStringList fields;
    for (const QRegularExpressionMatch &match : field.globalMatch(urlTemplate)) {
        const QString name = match.captured(1);
        if (!fields.contains(name))
            fields.append(name);
    }
    return fields;
}

QStringList ComponentType::builtinTemplateFields()
{
    return {QStringLiteral("host"), QStringLiteral("port")};
}

} // namespace Stackdraft::Core
