#include "core/import/importlayout.h"

#include "core/catalog/catalog.h"
#include "core/model/project.h"

#include <QHash>

namespace Stackdraft::Core {

int ImportLayout::tier(const ComponentType &type)
{
    const QString category = type.category();
    if (type.isExternal())
        return category == QLatin1String("external") && type.id() != QLatin1String("end-users") ? 5
                                                                                                : 0;
    if (category == QLatin1String("edge") || type.id() == QLatin1String("api-gateway"))
        return 0;
    if (type.id() == QLatin1String("web-frontend"))
        return 1;
    if (category == QLatin1String("compute"))
        return 2;
    if (category == QLatin1String("data") || category == QLatin1String("messaging"))
        return 3;
    return 4;
}

bool ImportLayout::directed(int fromTier, int toTier)
{
    return fromTier < toTier && toTier <= 3;
}

void ImportLayout::place(const Project &project, Environment &env, const Catalog &catalog)
{
    QHash<QString, QString> types;
    for (const Component &component : project.components)
        types.insert(component.id, component.type);
    QHash<int, int> rows;
    for (Deployment &deployment : env.deployments) {
        const int column = tier(catalog.type(types.value(deployment.component)));
        const int row = rows[column]++;
        deployment.position = QPointF(60 + column * 300, 60 + row * 160);
    }
}

} // namespace Stackdraft::Core
