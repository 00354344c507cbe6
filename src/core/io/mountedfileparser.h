#pragma once

#include "core/io/parsecontext.h"
#include "core/model/mountedfile.h"

#include <QDir>
#include <QList>
#include <QString>

namespace Stackdraft::Core {

// Reads a component's `files:` list (docs/file-format.md, "Mounted files"): each entry an
// absolute container path with its content inline or a `source` file relative to the project
// file's directory, which is read here so that everything downstream works on the model alone.
class MountedFileParser final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectReader) // see ParseContext

public:
    // `baseDirectory`: the directory holding the project file, where sources are looked up.
    MountedFileParser(ParseContext &context, const QString &baseDirectory)
        : m_context(context)
        , m_base(baseDirectory)
    {
    }

    QList<MountedFile> parse(const YamlNode &node, const QString &field);

    // Why `path` is not an absolute, normalised container path; empty when it is.
    static QString containerPathProblem(const QString &path);
    // Why `source` is not a relative path staying inside the project directory; empty when it is.
    static QString sourcePathProblem(const QString &source);

private:
    MountedFile parseItem(const YamlNode &item, const QString &field);
    QByteArray load(const YamlNode &node, const QString &field, const QString &source);

    ParseContext &m_context;
    QDir m_base;
};

} // namespace Stackdraft::Core
