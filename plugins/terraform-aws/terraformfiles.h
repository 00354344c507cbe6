#pragma once

#include <QString>
#include <QStringList>

namespace Stackdraft::Plugins {

struct EcsPlan;

// The four files of one environment's Terraform module, from its plan: versions.tf, variables.tf,
// main.tf and outputs.tf, formatted as `terraform fmt` writes them. One at a time, so that a caller
// that wants the bytes of one file (the preview) or none (the names) writes no other.
class TerraformFiles final
{
public:
    static QStringList names();
    // The text of the file `name` (one of names()).
    static QString write(const EcsPlan &plan, const QString &header, const QString &name);

private:
    static QString versions(const QString &header);
    static QString variables(const EcsPlan &plan, const QString &header);
    static QString main(const EcsPlan &plan, const QString &header);
    static QString outputs(const EcsPlan &plan, const QString &header);
};

} // namespace Stackdraft::Plugins
