resource "aws_vpc" "main" {
  cidr_block           = "10.0.0.0/16"
  enable_dns_hostnames = true
}

resource "aws_ssm_parameter" "db_password" {
  name  = "/sample/production/DB_PASSWORD"
  type  = "SecureString"
  value = "change-me"

  lifecycle {
    ignore_changes = [value]
  }
}

resource "aws_ecs_cluster" "main" {
  name = "sample-production"
}
