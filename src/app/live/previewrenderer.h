#pragma once

#include "core/model/project.h"

#include <QCoreApplication>
#include <QString>

namespace Stackdraft::Core {
class Catalog;
class ExporterRegistry;
} // namespace Stackdraft::Core

namespace Stackdraft::App {

// What the preview shows for one generated file in one of its views, computed on a worker thread
// from a snapshot: the file itself, its changes against the copy on disk or in HEAD, or its
// differences from the same file generated for another environment.
class PreviewRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(Stackdraft::App::PreviewRenderer)

public:
    enum class View { File, AgainstDisk, AgainstHead, AgainstEnvironment };

    struct Request
    {
        Core::Project project;
        QString projectFile; // where the project is saved; empty when never saved
        const Core::Catalog *catalog = nullptr;
        const Core::ExporterRegistry *registry = nullptr;
        QString format;
        QString environment; // empty: a file every environment shares
        QString path;
        View view = View::File;
        QString otherEnvironment; // for AgainstEnvironment
    };

    struct Shown
    {
        QString text; // the file, or a unified diff
        QString highlightAs; // file name that picks the highlighting ("x.diff" for a diff)
        QString note; // one line above the text: what is compared, or why there is nothing
        bool exists = true; // false: the model no longer generates this file
    };

    static Shown render(const Request &request);
};

} // namespace Stackdraft::App
