#pragma once

#include <QString>

// The whole app opening a large project: the generated N-component project (bench/generator,
// three environments) written to a file and opened in a MainWindow (1600×1000, offscreen) with
// every tab, the palette, the inspector and the Problems, Cost and Preview docks, as
// `stackdraft FILE` does. Measured in a process of its own, so that peak resident memory is the
// app's alone.
namespace Stackdraft::Bench::AppOpen {

// In this process: opens the project and prints one line, "FIRST_PAINT_MS DOCKS_MS
// PEAK_KB_AT_PAINT PEAK_KB" (DOCKS_MS -1 when the docks never became current). Returns the exit
// status.
int run(int components);

// Runs run() in a fresh process of this executable (`--app N`) and formats its figures as the
// README's rows.
QString table(int components);

} // namespace Stackdraft::Bench::AppOpen
