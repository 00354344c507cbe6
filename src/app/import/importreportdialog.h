#pragma once

#include "core/import/importreport.h"

#include <QDialog>

namespace Stackdraft::App {

// Shown after an import: what came in, and every note of the report (left out, changed, guessed)
// with its file:line and key, so nothing the import dropped goes unseen.
class ImportReportDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportReportDialog(const QString &summary, const Core::ImportReport &report,
                       QWidget *parent = nullptr);
};

} // namespace Stackdraft::App
