#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace Stackdraft::App {

// `stackdraft render FILE [--env E] --out PATH.svg|PATH.png [--scale N]`: the canvas of one
// environment as a picture, with no display (Qt's offscreen platform), for documents and CI.
class RenderCommand final : public Cli::Command
{
    Q_DECLARE_TR_FUNCTIONS(Stackdraft::App::RenderCommand)

public:
    QString name() const override { return QStringLiteral("render"); }
    QString summary() const override;
    bool needsGui() const override { return true; }
    int run(const QStringList &arguments, Cli::Output &out, Cli::Output &err) override;
};

} // namespace Stackdraft::App
