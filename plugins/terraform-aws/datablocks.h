#pragma once

namespace Stackdraft::Plugins {

class HclWriter;
struct EcsPlan;

// main.tf's managed data services, in the private subnets and behind their security groups: RDS
// (MySQL, PostgreSQL), ElastiCache (Redis), Amazon MQ (RabbitMQ), OpenSearch and S3 buckets.
class DataBlocks final
{
public:
    static void write(const EcsPlan &plan, HclWriter &out);
};

} // namespace Stackdraft::Plugins
