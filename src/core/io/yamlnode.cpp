#include "core/io/yamlnode.h"

#include <QCoreApplication>

namespace Stackdraft::Core {

const YamlNode *YamlNode::find(const QString &key) const
{
    for (size_t i = 0; i < keys.size(); ++i) {
        if (keys[i].scalar == key)
            return &values[i];
    }
    return nullptr;
}

QString YamlNode::kindName() const
{
    switch (kind) {
    case Kind::Null:
        return QCoreApplication::translate("ProjectReader", "nothing");
    case Kind::Scalar:
        return QCoreApplication::translate("ProjectReader", "text '%1'").arg(scalar.left(40));
    case Kind::Sequence:
        return QCoreApplication::translate("ProjectReader", "a list");
    case Kind::Map:
        return QCoreApplication::translate("ProjectReader", "a mapping");
    }
    return {};
}

} // namespace Stackdraft::Core
