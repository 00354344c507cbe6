resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
  enable_dns = true
}

resource "aws_ecs_cluster" "main" {
  name = "sample-${var.environment}"
}

output "subnet" {
    value = aws_subnet.public.id
}
