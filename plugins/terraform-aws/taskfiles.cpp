#include "taskfiles.h"

#include "hclwriter.h"

namespace Stackdraft::Plugins {
namespace {

// `text` as one shell word, whatever it holds.
QString shellQuoted(const QString &text)
{
    QString inner = text;
    inner.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + inner + QLatin1Char('\'');
}

QString variableOf(int index)
{
    return QStringLiteral("STACKDRAFT_FILE_%1").arg(index);
}

} // namespace

TaskFiles::TaskFiles(const EcsPlan::Service &service)
    : m_service(service)
{
    for (const EcsPlan::File &file : service.files) {
        const QString directory = file.mountPath.section(QLatin1Char('/'), 0, -2);
        auto volume = std::find_if(m_volumes.begin(), m_volumes.end(),
                                   [&](const Volume &v) { return v.directory == directory; });
        if (volume == m_volumes.end()) {
            m_volumes.append({QStringLiteral("files-%1").arg(m_volumes.size() + 1),
                              directory.isEmpty() ? QStringLiteral("/") : directory,
                              {}});
            volume = m_volumes.end() - 1;
        }
        volume->files.append(&file);
    }
}

QString TaskFiles::initContainer() const
{
    return m_service.id + QLatin1String("-files");
}

QString TaskFiles::initImage()
{
    return QStringLiteral("public.ecr.aws/docker/library/busybox:1.36");
}

void TaskFiles::writeVolumes(HclWriter &out) const
{
    for (const Volume &volume : m_volumes) {
        out.blank();
        out.open(QStringLiteral("volume"));
        out.attribute(QStringLiteral("name"), HclWriter::string(volume.name));
        out.close();
    }
}

// printf '%s' keeps each text byte for byte (no escapes, no added newline); the texts come from
// the environment, which ECS never expands.
QString TaskFiles::script() const
{
    QStringList steps {QStringLiteral("set -e")};
    int index = 0;
    for (const Volume &volume : m_volumes) {
        for (const EcsPlan::File *file : volume.files) {
            ++index;
            steps << QStringLiteral("printf '%s' \"$%1\" > %2")
                         .arg(variableOf(index),
                              shellQuoted(QLatin1Char('/') + volume.name + QLatin1Char('/')
                                          + file->mountPath.section(QLatin1Char('/'), -1)));
        }
    }
    return steps.join(QLatin1String("; "));
}

void TaskFiles::writeInitHead(HclWriter &out) const
{
    out.openBare(QStringLiteral("{"));
    out.attribute(QStringLiteral("name"), HclWriter::string(initContainer()));
    out.attribute(QStringLiteral("image"), HclWriter::string(initImage()));
    out.attribute(QStringLiteral("essential"), QStringLiteral("false"));
    out.attribute(QStringLiteral("entryPoint"),
                  HclWriter::list({HclWriter::string(QStringLiteral("sh")),
                                   HclWriter::string(QStringLiteral("-c"))}));
    out.attribute(QStringLiteral("command"), HclWriter::list({HclWriter::string(script())}));
    out.openBare(QStringLiteral("environment = ["));
    int index = 0;
    for (const Volume &volume : m_volumes) {
        for (const EcsPlan::File *file : volume.files) {
            out.openBare(QStringLiteral("{"));
            out.attribute(QStringLiteral("name"), HclWriter::string(variableOf(++index)));
            out.attribute(QStringLiteral("value"), file->content);
            out.close(QStringLiteral("},"));
        }
    }
    out.close(QStringLiteral("]"));
    out.openBare(QStringLiteral("mountPoints = ["));
    for (const Volume &volume : m_volumes) {
        out.openBare(QStringLiteral("{"));
        out.attribute(QStringLiteral("sourceVolume"), HclWriter::string(volume.name));
        out.attribute(QStringLiteral("containerPath"),
                      HclWriter::string(QLatin1Char('/') + volume.name));
        out.close(QStringLiteral("},"));
    }
    out.close(QStringLiteral("]"));
}

void TaskFiles::writeInitTail(HclWriter &out) const
{
    out.close(QStringLiteral("},"));
}

void TaskFiles::writeServiceDependency(HclWriter &out) const
{
    out.openBare(QStringLiteral("dependsOn = ["));
    out.openBare(QStringLiteral("{"));
    out.attribute(QStringLiteral("containerName"), HclWriter::string(initContainer()));
    out.attribute(QStringLiteral("condition"), HclWriter::string(QStringLiteral("SUCCESS")));
    out.close(QStringLiteral("},"));
    out.close(QStringLiteral("]"));
}

void TaskFiles::writeServiceMountPoints(HclWriter &out) const
{
    for (const Volume &volume : m_volumes) {
        out.openBare(QStringLiteral("{"));
        out.attribute(QStringLiteral("sourceVolume"), HclWriter::string(volume.name));
        out.attribute(QStringLiteral("containerPath"), HclWriter::string(volume.directory));
        out.attribute(QStringLiteral("readOnly"), QStringLiteral("true"));
        out.close(QStringLiteral("},"));
    }
}

} // namespace Stackdraft::Plugins
