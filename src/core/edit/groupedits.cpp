#include "core/edit/groupedits.h"

#include "core/edit/modelchecks.h"
#include "core/model/naming.h"

#include <QCoreApplication>

namespace Stackdraft::Core::Edit {
namespace {

Error unknownGroup(const QString &id)
{
    return Error {
        QCoreApplication::translate("Stackdraft::Core::Edit", "there is no group '%1'").arg(id),
        {},
        0,
        0,
        {}};
}

QStringList groupIds(const Project &project)
{
    QStringList ids;
    for (const Group &g : project.groups)
        ids.append(g.id);
    return ids;
}

} // namespace

QString uniqueGroupId(const Project &project, const QString &base)
{
    return Naming::uniqueDnsLabel(base,
                                  [&](const QString &id) { return project.group(id) != nullptr; });
}

Status createGroup(Project &project, const Group &group, qsizetype index)
{
    if (Status s = checkNewId(group.id, groupIds(project), IdKind::Group); !s)
        return s;
    if (Status s = checkGroupMembers(project, group.members); !s)
        return s;
    if (index < 0 || index > project.groups.size())
        index = project.groups.size();
    project.groups.insert(index, group);
    return success();
}

Result<Placed<Group>> removeGroup(Project &project, const QString &id)
{
    const qsizetype index = project.groupIndex(id);
    if (index < 0)
        return unknownGroup(id);
    return Placed<Group> {index, project.groups.takeAt(index)};
}

Status setGroup(Project &project, const Group &group)
{
    Group *existing = project.group(group.id);
    if (!existing)
        return unknownGroup(group.id);
    if (Status s = checkGroupMembers(project, group.members); !s)
        return s;
    *existing = group;
    return success();
}

Group withMembers(Group group, const QStringList &members)
{
    for (const QString &member : members) {
        if (!group.members.contains(member))
            group.members.append(member);
    }
    return group;
}

Group withoutMembers(Group group, const QStringList &members)
{
    group.members.removeIf([&](const QString &m) { return members.contains(m); });
    return group;
}

} // namespace Stackdraft::Core::Edit
