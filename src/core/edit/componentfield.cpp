#include "core/edit/componentfield.h"

#include <QCoreApplication>

namespace Stackdraft::Core::Edit {
namespace {

QString *textField(Component &c, ComponentField field)
{
    switch (field) {
    case ComponentField::Label:
        return &c.label;
    case ComponentField::Type:
        return &c.type;
    case ComponentField::Description:
        return &c.description;
    case ComponentField::Image:
        return &c.image;
    case ComponentField::Build:
        return &c.build;
    case ComponentField::Ports:
    case ComponentField::Env:
    case ComponentField::Properties:
        break;
    }
    return nullptr;
}

template<typename T> bool assign(T &target, const ComponentFieldValue &value)
{
    if (!std::holds_alternative<T>(value))
        return false;
    target = std::get<T>(value);
    return true;
}

} // namespace

ComponentFieldValue componentField(const Component &component, ComponentField field)
{
    switch (field) {
    case ComponentField::Label:
        return component.label;
    case ComponentField::Type:
        return component.type;
    case ComponentField::Description:
        return component.description;
    case ComponentField::Image:
        return component.image;
    case ComponentField::Build:
        return component.build;
    case ComponentField::Ports:
        return component.ports;
    case ComponentField::Env:
        return component.env;
    case ComponentField::Properties:
        return component.properties;
    }
    return QString();
}

Status setComponentField(Component &component, ComponentField field,
                         const ComponentFieldValue &value)
{
    bool ok = false;
    switch (field) {
    case ComponentField::Ports:
        ok = assign(component.ports, value);
        break;
    case ComponentField::Env:
        ok = assign(component.env, value);
        break;
    case ComponentField::Properties:
        ok = assign(component.properties, value);
        break;
    default:
        ok = assign(*textField(component, field), value);
        break;
    }
    if (ok)
        return success();
    return Error {QCoreApplication::translate("Stackdraft::Core::Edit",
                                              "wrong kind of value for the field '%1'")
                      .arg(componentFieldName(field)),
                  {},
                  0,
                  0,
                  componentFieldName(field)};
}

QString componentFieldName(ComponentField field)
{
    switch (field) {
    case ComponentField::Label:
        return QStringLiteral("label");
    case ComponentField::Type:
        return QStringLiteral("type");
    case ComponentField::Description:
        return QStringLiteral("description");
    case ComponentField::Image:
        return QStringLiteral("image");
    case ComponentField::Build:
        return QStringLiteral("build");
    case ComponentField::Ports:
        return QStringLiteral("ports");
    case ComponentField::Env:
        return QStringLiteral("env");
    case ComponentField::Properties:
        return QStringLiteral("properties");
    }
    return {};
}

} // namespace Stackdraft::Core::Edit
