#include "storageblocks.h"

#include "core/export/generatedtext.h"
#include "core/model/quantity.h"
#include "ecsplan.h"
#include "hclwriter.h"

namespace Stackdraft::Plugins {
namespace {

QString quoted(const QString &text)
{
    return HclWriter::string(text);
}

void nameTag(HclWriter &out, const QString &nameExpression)
{
    out.open(QStringLiteral("tags ="));
    out.attribute(QStringLiteral("Name"), nameExpression);
    out.close();
}

QString dataName(const EcsPlan::Service &s)
{
    return QStringLiteral("\"${local.name}-%1-data\"").arg(s.id);
}

void writeFileSystem(const EcsPlan &plan, const EcsPlan::Service &s, HclWriter &out)
{
    out.comment(Core::generatedText("Data of %1 (%2 in the container, %3 asked for): an encrypted "
                                    "EFS file system,\nas a Fargate task's own storage is lost at "
                                    "every restart or deploy. EFS grows with the data;\nnothing is "
                                    "reserved.")
                    .arg(s.id, s.volume.path, Core::Quantity::humanMemory(s.volume.storage)));
    out.open(QStringLiteral("resource \"aws_efs_file_system\" \"%1\"").arg(s.ident));
    out.attribute(
        QStringLiteral("creation_token"),
        quoted(EcsPlan::awsName(plan.name + QLatin1Char('-') + s.id + QLatin1String("-data"), 64)));
    out.attribute(QStringLiteral("encrypted"), QStringLiteral("true"));
    out.blank();
    nameTag(out, dataName(s));
    out.close();
    out.blank();
}

// One mount target per subnet the service's tasks run in (one per availability zone).
void writeMountTargets(const EcsPlan &plan, const EcsPlan::Service &s, HclWriter &out)
{
    out.open(QStringLiteral("resource \"aws_efs_mount_target\" \"%1\"").arg(s.ident));
    out.attribute(QStringLiteral("count"), QStringLiteral("2"));
    out.attribute(QStringLiteral("file_system_id"),
                  QStringLiteral("aws_efs_file_system.%1.id").arg(s.ident));
    out.attribute(QStringLiteral("subnet_id"),
                  plan.privateTasks ? QStringLiteral("aws_subnet.private[count.index].id")
                                    : QStringLiteral("aws_subnet.public[count.index].id"));
    out.attribute(QStringLiteral("security_groups"),
                  QStringLiteral("[aws_security_group.%1.id]").arg(EcsPlan::fileSystemGroup(s)));
    out.close();
    out.blank();
}

// The access point makes every file operation as the owner, so the image's non-root user writes
// to a directory it owns whatever the user of the file system's root is.
void writeAccessPoint(const EcsPlan::Service &s, HclWriter &out)
{
    const QString owner = QString::number(s.volume.owner);
    out.comment(s.volume.ownerFromCatalog
                    ? Core::generatedText("%1 writes as uid/gid %2, the user of its image.")
                          .arg(s.id, owner)
                    : Core::generatedText("%1 writes as uid/gid %2: the catalog names no user for "
                                          "its image, and the access point\nmakes every file "
                                          "operation as this one whatever user the image runs as.")
                          .arg(s.id, owner));
    out.open(QStringLiteral("resource \"aws_efs_access_point\" \"%1\"").arg(s.ident));
    out.attribute(QStringLiteral("file_system_id"),
                  QStringLiteral("aws_efs_file_system.%1.id").arg(s.ident));
    out.blank();
    out.open(QStringLiteral("posix_user"));
    out.attribute(QStringLiteral("uid"), owner);
    out.attribute(QStringLiteral("gid"), owner);
    out.close();
    out.blank();
    out.open(QStringLiteral("root_directory"));
    out.attribute(QStringLiteral("path"), quoted(QStringLiteral("/data")));
    out.blank();
    out.open(QStringLiteral("creation_info"));
    out.attribute(QStringLiteral("owner_uid"), owner);
    out.attribute(QStringLiteral("owner_gid"), owner);
    out.attribute(QStringLiteral("permissions"), quoted(QStringLiteral("0755")));
    out.close();
    out.close();
    out.blank();
    nameTag(out, dataName(s));
    out.close();
    out.blank();
}

} // namespace

void StorageBlocks::write(const EcsPlan &plan, HclWriter &out)
{
    for (const EcsPlan::Service &s : plan.services) {
        if (!s.volume.isSet())
            continue;
        writeFileSystem(plan, s, out);
        writeMountTargets(plan, s, out);
        writeAccessPoint(s, out);
    }
}

} // namespace Stackdraft::Plugins
