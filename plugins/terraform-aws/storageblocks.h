#pragma once

namespace Stackdraft::Plugins {

class HclWriter;
struct EcsPlan;

// main.tf's storage: for each stateful service (EcsPlan::DataVolume) an encrypted EFS file system,
// one mount target in each subnet its tasks run in (behind a security group NetworkBlocks opens to
// that service alone), and an access point that owns the data directory as the image's user.
class StorageBlocks final
{
public:
    static void write(const EcsPlan &plan, HclWriter &out);
};

} // namespace Stackdraft::Plugins
