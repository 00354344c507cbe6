#pragma once

#include "ecsplan.h"

#include <QList>
#include <QString>

namespace Stackdraft::Plugins {

class HclWriter;

// How a service's mounted files (EcsPlan::File) reach its container on Fargate, which mounts
// volumes but no single files and no ConfigMaps: one task volume per directory holding files, an
// init container (busybox, not essential) that writes each file's text into its volume and
// exits, and the service's container, which starts once that succeeded, with each volume mounted
// read-only at its directory. So the directory of a mounted file shows only the files mounted
// there (the image's own files in that directory are hidden).
class TaskFiles final
{
public:
    explicit TaskFiles(const EcsPlan::Service &service);

    bool isEmpty() const { return m_volumes.isEmpty(); }
    // The container name of the init container.
    QString initContainer() const;
    // The `volume` blocks of the task definition.
    void writeVolumes(HclWriter &out) const;
    // The init container's definition, an element of `container_definitions`; its log stream
    // goes through `writeLogs` (the service's log configuration with another prefix).
    template<typename WriteLogs> void writeInitContainer(HclWriter &out, WriteLogs writeLogs) const
    {
        writeInitHead(out);
        writeLogs(initContainer());
        writeInitTail(out);
    }
    // `dependsOn` of the service's container: it starts once the init container succeeded.
    void writeServiceDependency(HclWriter &out) const;
    // The service container's `mountPoints` entries for the file volumes (read-only), inside a
    // list the caller opens (the data volume may share it).
    void writeServiceMountPoints(HclWriter &out) const;

    // The image of the init container: a shell and printf, from ECR Public (no pull limits).
    static QString initImage();

private:
    struct Volume
    {
        QString name; // "files-1"
        QString directory; // where the service's container sees it
        QList<const EcsPlan::File *> files;
    };

    void writeInitHead(HclWriter &out) const;
    void writeInitTail(HclWriter &out) const;
    QString script() const;

    const EcsPlan::Service &m_service;
    QList<Volume> m_volumes;
};

} // namespace Stackdraft::Plugins
