#pragma once

#include "core/model/component.h"
#include "core/result.h"

#include <variant>

// One editable field of a component, so that an inspector edit is one (mergeable) command naming
// the field instead of a whole-component replacement.
namespace Stackdraft::Core::Edit {

enum class ComponentField { Label, Type, Description, Image, Build, Ports, Env, Properties };

using ComponentFieldValue
    = std::variant<QString, QList<Port>, QList<EnvVar>, QMap<QString, QString>>;

ComponentFieldValue componentField(const Component &component, ComponentField field);
// Refused when `value` does not hold the field's type (QString for the text fields).
Status setComponentField(Component &component, ComponentField field,
                         const ComponentFieldValue &value);
// The field's name in the file ("label", "ports", ...), for messages and logs.
QString componentFieldName(ComponentField field);

} // namespace Stackdraft::Core::Edit
