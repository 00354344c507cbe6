<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>CanvasClipboard</name>
    <message numerus="yes">
        <source>Paste %n component(s)</source>
        <translation>
            <numerusform>Colar %n componente</numerusform>
            <numerusform>Colar %n componentes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Admin UI</source>
        <translation>Interface de administração</translation>
    </message>
    <message>
        <source>A web console to inspect a data store (Adminer, Redis Commander, Mongo Express).</source>
        <translation>Console web para inspecionar um repositório de dados (Adminer, Redis Commander, Mongo Express).</translation>
    </message>
    <message>
        <source>Alertmanager</source>
        <translation>Alertmanager</translation>
    </message>
    <message>
        <source>Groups Prometheus alerts and routes them to e-mail, chat or paging.</source>
        <translation>Agrupa os alertas do Prometheus e os encaminha para e-mail, chat ou plantão.</translation>
    </message>
    <message>
        <source>API gateway</source>
        <translation>Gateway de API</translation>
    </message>
    <message>
        <source>Single entry point for the APIs; routes requests, authenticates and rate-limits them.</source>
        <translation>Ponto único de entrada das APIs; roteia as requisições, autentica e limita a taxa delas.</translation>
    </message>
    <message>
        <source>Backend service</source>
        <translation>Serviço de backend</translation>
    </message>
    <message>
        <source>An HTTP API or application server holding the business logic.</source>
        <translation>Uma API HTTP ou servidor de aplicação que contém a lógica de negócio.</translation>
    </message>
    <message>
        <source>CDN</source>
        <translation>CDN</translation>
    </message>
    <message>
        <source>Content delivery network that caches static assets close to users.</source>
        <translation>Rede de distribuição de conteúdo que mantém em cache os arquivos estáticos perto dos usuários.</translation>
    </message>
    <message>
        <source>Elasticsearch</source>
        <translation>Elasticsearch</translation>
    </message>
    <message>
        <source>Search and analytics engine; also stores logs for Kibana.</source>
        <translation>Mecanismo de busca e análise; também armazena logs para o Kibana.</translation>
    </message>
    <message>
        <source>End users</source>
        <translation>Usuários finais</translation>
    </message>
    <message>
        <source>People using the system from their browsers or apps; shows where traffic comes from.</source>
        <translation>Pessoas que usam o sistema pelo navegador ou por aplicativos; mostra de onde vem o tráfego.</translation>
    </message>
    <message>
        <source>External service</source>
        <translation>Serviço externo</translation>
    </message>
    <message>
        <source>A third-party API or system outside this infrastructure (payment provider, AI API, SaaS).</source>
        <translation>Uma API ou sistema de terceiros fora desta infraestrutura (provedor de pagamentos, API de IA, SaaS).</translation>
    </message>
    <message>
        <source>Grafana</source>
        <translation>Grafana</translation>
    </message>
    <message>
        <source>Dashboards over metrics, logs and traces.</source>
        <translation>Painéis sobre métricas, logs e rastreamentos.</translation>
    </message>
    <message>
        <source>Jaeger</source>
        <translation>Jaeger</translation>
    </message>
    <message>
        <source>Distributed tracing; receives OpenTelemetry spans and shows request paths across services.</source>
        <translation>Rastreamento distribuído; recebe spans do OpenTelemetry e mostra o caminho das requisições entre os serviços.</translation>
    </message>
    <message>
        <source>Kibana</source>
        <translation>Kibana</translation>
    </message>
    <message>
        <source>Explores and visualises the logs and data held in Elasticsearch.</source>
        <translation>Explora e visualiza os logs e dados guardados no Elasticsearch.</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>Balanceador de carga</translation>
    </message>
    <message>
        <source>Spreads incoming HTTP(S) traffic over the replicas behind it and terminates TLS.</source>
        <translation>Distribui o tráfego HTTP(S) recebido entre as réplicas atrás dele e termina o TLS.</translation>
    </message>
    <message>
        <source>Log pipeline</source>
        <translation>Pipeline de logs</translation>
    </message>
    <message>
        <source>Collects, parses and ships logs to their store (Logstash, Fluent Bit; CloudWatch Logs on AWS).</source>
        <translation>Coleta, interpreta e envia os logs ao seu armazenamento (Logstash, Fluent Bit; CloudWatch Logs na AWS).</translation>
    </message>
    <message>
        <source>MongoDB</source>
        <translation>MongoDB</translation>
    </message>
    <message>
        <source>Document database (MongoDB 7).</source>
        <translation>Banco de dados de documentos (MongoDB 7).</translation>
    </message>
    <message>
        <source>MySQL</source>
        <translation>MySQL</translation>
    </message>
    <message>
        <source>Relational database (MySQL 8).</source>
        <translation>Banco de dados relacional (MySQL 8).</translation>
    </message>
    <message>
        <source>Object storage</source>
        <translation>Armazenamento de objetos</translation>
    </message>
    <message>
        <source>S3-compatible storage for files and media (MinIO on containers, Amazon S3 on AWS).</source>
        <translation>Armazenamento compatível com S3 para arquivos e mídia (MinIO em contêineres, Amazon S3 na AWS).</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>Relational database (PostgreSQL 16).</source>
        <translation>Banco de dados relacional (PostgreSQL 16).</translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>Collects and stores metrics by scraping the services.</source>
        <translation>Coleta e armazena métricas consultando os serviços.</translation>
    </message>
    <message>
        <source>RabbitMQ</source>
        <translation>RabbitMQ</translation>
    </message>
    <message>
        <source>Message broker (AMQP) that queues work between services.</source>
        <translation>Broker de mensagens (AMQP) que enfileira trabalho entre os serviços.</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>In-memory key-value store for caches, sessions and queues (Redis 7).</source>
        <translation>Armazenamento chave-valor em memória para caches, sessões e filas (Redis 7).</translation>
    </message>
    <message>
        <source>Web application firewall</source>
        <translation>Firewall de aplicação web</translation>
    </message>
    <message>
        <source>Filters malicious HTTP traffic (OWASP rules, rate limits) before it reaches the services.</source>
        <translation>Filtra o tráfego HTTP malicioso (regras OWASP, limites de taxa) antes que ele chegue aos serviços.</translation>
    </message>
    <message>
        <source>Web frontend</source>
        <translation>Frontend web</translation>
    </message>
    <message>
        <source>The user interface served to browsers (single-page app or server-rendered site).</source>
        <translation>A interface de usuário servida aos navegadores (aplicação de página única ou site renderizado no servidor).</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>A background process that consumes jobs or messages from a queue; serves no HTTP.</source>
        <translation>Processo em segundo plano que consome tarefas ou mensagens de uma fila; não atende HTTP.</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Computação</translation>
    </message>
    <message>
        <source>Data stores</source>
        <translation>Armazenamento de dados</translation>
    </message>
    <message>
        <source>Edge and traffic</source>
        <translation>Borda e tráfego</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Externo</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>Mensageria</translation>
    </message>
    <message>
        <source>Observability</source>
        <translation>Observabilidade</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Ferramentas</translation>
    </message>
    <message>
        <source>DB-less mode; routes come from a declarative configuration file.</source>
        <translation>Modo sem banco de dados; as rotas vêm de um arquivo de configuração declarativo.</translation>
    </message>
    <message>
        <source>The admin API stays on localhost (its default), never published.</source>
        <translation>A API de administração fica em localhost (o padrão) e nunca é publicada.</translation>
    </message>
    <message>
        <source>One node that does not look for peers; remove it for a cluster.</source>
        <translation>Um nó que não procura pares; remova-o para formar um cluster.</translation>
    </message>
    <message>
        <source>Security off for a private network; turn it on (with TLS) when the cluster is shared.</source>
        <translation>Segurança desligada para uma rede privada; ligue-a (com TLS) quando o cluster for compartilhado.</translation>
    </message>
    <message>
        <source>JVM heap; about half the memory limit.</source>
        <translation>Heap da JVM; cerca de metade do limite de memória.</translation>
    </message>
    <message>
        <source>Password of the Grafana admin user.</source>
        <translation>Senha do usuário administrador do Grafana.</translation>
    </message>
    <message>
        <source>Elasticsearch URL; derive it from a connection to Elasticsearch.</source>
        <translation>URL do Elasticsearch; derive-a de uma conexão com o Elasticsearch.</translation>
    </message>
    <message>
        <source>Root user created on first start.</source>
        <translation>Usuário root criado na primeira inicialização.</translation>
    </message>
    <message>
        <source>Password of the root user.</source>
        <translation>Senha do usuário root.</translation>
    </message>
    <message>
        <source>Database the init scripts run against.</source>
        <translation>Banco de dados sobre o qual os scripts de inicialização rodam.</translation>
    </message>
    <message>
        <source>Password of the MySQL root user.</source>
        <translation>Senha do usuário root do MySQL.</translation>
    </message>
    <message>
        <source>Database created on first start.</source>
        <translation>Banco de dados criado na primeira inicialização.</translation>
    </message>
    <message>
        <source>Administrator access key.</source>
        <translation>Chave de acesso do administrador.</translation>
    </message>
    <message>
        <source>Administrator secret key (at least 8 characters).</source>
        <translation>Chave secreta do administrador (pelo menos 8 caracteres).</translation>
    </message>
    <message>
        <source>Password of the database superuser.</source>
        <translation>Senha do superusuário do banco de dados.</translation>
    </message>
    <message>
        <source>Name of the superuser.</source>
        <translation>Nome do superusuário.</translation>
    </message>
    <message>
        <source>User created on first start.</source>
        <translation>Usuário criado na primeira inicialização.</translation>
    </message>
    <message>
        <source>Password of that user.</source>
        <translation>Senha desse usuário.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <source>A container of a kind the catalog does not know (imported as it was); set its image and ports.</source>
        <translation>Um contêiner de um tipo que o catálogo não conhece (importado como estava); defina sua imagem e portas.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: stackdraft [FILE]             open FILE in the app</source>
        <translation>Uso: stackdraft [ARQUIVO]          abre ARQUIVO no aplicativo</translation>
    </message>
    <message>
        <source>       stackdraft &lt;command&gt; [options] run a headless command</source>
        <translation>     stackdraft &lt;comando&gt; [opções] executa um comando sem interface gráfica</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Run &apos;stackdraft &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>Execute &apos;stackdraft &lt;comando&gt; --help&apos; para ver as opções de um comando.</translation>
    </message>
    <message>
        <source>stackdraft: unknown command &apos;%1&apos;</source>
        <translation>stackdraft: comando desconhecido &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>CommitCommand</name>
    <message>
        <source>Usage: stackdraft commit FILE [--repo DIR] [--branch NAME] [-m MESSAGE]
                         [--author &quot;Name &lt;e-mail&gt;&quot;] [--force-overwrite PATH]...
                         [--push [REMOTE]] [--dry-run]</source>
        <translation>Uso: stackdraft commit ARQUIVO [--repo DIR] [--branch NOME] [-m MENSAGEM]
                         [--author &quot;Name &lt;e-mail&gt;&quot;] [--force-overwrite CAMINHO]...
                         [--push [REMOTE]] [--dry-run]</translation>
    </message>
    <message>
        <source>stackdraft commit: %1</source>
        <translation>stackdraft commit: %1</translation>
    </message>
    <message>
        <source>commit the generated files to the project&apos;s git repository</source>
        <translation>faz commit dos arquivos gerados no repositório git do projeto</translation>
    </message>
    <message>
        <source>stackdraft commit: not committing %1 generated file(s) outside the output directories (%2): %3</source>
        <translation>stackdraft commit: %1 arquivo(s) gerado(s) fora dos diretórios de saída (%2) não entram no commit: %3</translation>
    </message>
    <message>
        <source>Nothing to commit.</source>
        <translation>Nada para commit.</translation>
    </message>
    <message numerus="yes">
        <source>Would commit %n file(s):</source>
        <translation>
            <numerusform>Faria commit de %n arquivo:</numerusform>
            <numerusform>Faria commit de %n arquivos:</numerusform>
        </translation>
    </message>
    <message>
        <source>the commit would be refused: %1 changed since the last commit (--force-overwrite PATH)</source>
        <translation>o commit seria recusado: %1 mudou desde o último commit (--force-overwrite CAMINHO)</translation>
    </message>
    <message>
        <source>Nothing to commit: the generated files in &apos;%1&apos; are up to date.</source>
        <translation>Nada para commit: os arquivos gerados em &apos;%1&apos; estão atualizados.</translation>
    </message>
    <message numerus="yes">
        <source>Committed %1 on %2 (%n file(s)):</source>
        <translation>
            <numerusform>Commit %1 em %2 (%n arquivo):</numerusform>
            <numerusform>Commit %1 em %2 (%n arquivos):</numerusform>
        </translation>
    </message>
    <message>
        <source>committed %1, but the push failed: %2</source>
        <translation>commit %1 feito, mas o push falhou: %2</translation>
    </message>
    <message>
        <source>Pushed %1 to %2.</source>
        <translation>Push de %1 para %2 feito.</translation>
    </message>
    <message numerus="yes">
        <source>Repaired the index and working tree of %n generated file(s) that an earlier commit left behind.</source>
        <translation>
            <numerusform>Reparado o índice e a árvore de trabalho de %n arquivo gerado que um commit anterior deixou para trás.</numerusform>
            <numerusform>Reparados o índice e a árvore de trabalho de %n arquivos gerados que um commit anterior deixou para trás.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommitDialog</name>
    <message>
        <source>Commit Generated Files</source>
        <translation>Commit dos arquivos gerados</translation>
    </message>
    <message>
        <source>Repository:</source>
        <translation>Repositório:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Esc&amp;olher…</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>Branch:</translation>
    </message>
    <message>
        <source>&amp;New branch:</source>
        <translation>&amp;Novo branch:</translation>
    </message>
    <message>
        <source>design/new-environment</source>
        <translation>design/novo-ambiente</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Autor:</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Mudança</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Overwrite my edits</source>
        <translation>Sobrescrever minhas edições</translation>
    </message>
    <message>
        <source>Commit &amp;message:</source>
        <translation>&amp;Mensagem do commit:</translation>
    </message>
    <message>
        <source>Cancel Push</source>
        <translation>Cancelar push</translation>
    </message>
    <message>
        <source>&amp;Commit</source>
        <translation>&amp;Commit</translation>
    </message>
    <message>
        <source>Commit &amp;&amp; &amp;Push</source>
        <translation>Commit e &amp;push</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>ComponentForm</name>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>The name used in every output (a DNS-1123 label: a-z, 0-9, -). Renaming it updates connections, groups and from: references.</source>
        <translation>O nome usado em todas as saídas (um rótulo DNS-1123: a-z, 0-9, -). Renomeá-lo atualiza conexões, grupos e referências from:.</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Rótulo:</translation>
    </message>
    <message>
        <source>Free text shown on the canvas.</source>
        <translation>Texto livre mostrado na tela de desenho.</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>The catalog type: it brings defaults, minimums, health checks and how each platform realises the component.</source>
        <translation>O tipo do catálogo: traz os padrões, os mínimos, as verificações de saúde e como cada plataforma realiza o componente.</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Imagem:</translation>
    </message>
    <message>
        <source>Container image, e.g. python:3.11-slim; empty when built from a context or when the catalog default applies.</source>
        <translation>Imagem do contêiner, por exemplo python:3.11-slim; vazia quando construída a partir de um contexto ou quando vale o padrão do catálogo.</translation>
    </message>
    <message>
        <source>&amp;Build context:</source>
        <translation>Contexto de &amp;build:</translation>
    </message>
    <message>
        <source>Directory Compose builds the image from, e.g. ./api; empty when the image is pulled.</source>
        <translation>Diretório a partir do qual o Compose constrói a imagem, por exemplo ./api; vazio quando a imagem é baixada.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrição:</translation>
    </message>
    <message>
        <source>What the component does; goes into the architecture document.</source>
        <translation>O que o componente faz; vai para o documento de arquitetura.</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Portas</translation>
    </message>
    <message>
        <source>Ports the component listens on; Published is the host port in Compose (empty: not published).</source>
        <translation>Portas em que o componente escuta; Publicada é a porta do host no Compose (vazia: não publicada).</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Add a port</source>
        <translation>Adicionar uma porta</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove the selected port</source>
        <translation>Remover a porta selecionada</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>Variáveis de ambiente</translation>
    </message>
    <message>
        <source>Variables of every environment: a literal, a value derived from a connected component (from), or a secret reference whose value never enters the project.</source>
        <translation>Variáveis de todos os ambientes: um literal, um valor derivado de um componente conectado (from) ou uma referência a segredo cujo valor nunca entra no projeto.</translation>
    </message>
    <message>
        <source>Add a variable</source>
        <translation>Adicionar uma variável</translation>
    </message>
    <message>
        <source>Remove the selected variable</source>
        <translation>Remover a variável selecionada</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>Co&amp;mando:</translation>
    </message>
    <message>
        <source>the image&apos;s entrypoint</source>
        <translation>o entrypoint da imagem</translation>
    </message>
    <message>
        <source>Replaces the image&apos;s entrypoint in every environment, e.g. gunicorn. Entries are separated by spaces; quote an entry that holds spaces (&quot;a b&quot;). No shell runs it.</source>
        <translation>Substitui o entrypoint da imagem em todos os ambientes, p. ex. gunicorn. Os itens são separados por espaços; ponha entre aspas um item que contenha espaços (&quot;a b&quot;). Nenhum shell o executa.</translation>
    </message>
    <message>
        <source>Ar&amp;guments:</source>
        <translation>Ar&amp;gumentos:</translation>
    </message>
    <message>
        <source>the image&apos;s arguments</source>
        <translation>os argumentos da imagem</translation>
    </message>
    <message>
        <source>Replaces the image&apos;s arguments (its CMD), e.g. --bind 0.0.0.0:8000 app.main:app. Entries are separated by spaces; quote an entry that holds spaces (&quot;a b&quot;).</source>
        <translation>Substitui os argumentos da imagem (o seu CMD), p. ex. --bind 0.0.0.0:8000 app.main:app. Os itens são separados por espaços; ponha entre aspas um item que contenha espaços (&quot;a b&quot;).</translation>
    </message>
    <message>
        <source>Mounted files</source>
        <translation>Arquivos montados</translation>
    </message>
    <message>
        <source>Configuration files mounted into the component&apos;s containers in every environment; a file replaces one Stackdraft generates at the same path. Double-click or Enter edits a file.</source>
        <translation>Arquivos de configuração montados nos contêineres do componente em todos os ambientes; um arquivo substitui o que o Stackdraft gera no mesmo caminho. Clique duplo ou Enter edita um arquivo.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <source>Mount a new file</source>
        <translation>Montar um novo arquivo</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the selected file&apos;s path and text</source>
        <translation>Editar o caminho e o texto do arquivo selecionado</translation>
    </message>
    <message>
        <source>Remove the selected files</source>
        <translation>Remover os arquivos selecionados</translation>
    </message>
</context>
<context>
    <name>ComposeExporter</name>
    <message>
        <source>Docker Compose</source>
        <translation>Docker Compose</translation>
    </message>
</context>
<context>
    <name>ComposeGenerator</name>
    <message>
        <source>component &apos;%1&apos; has no image, no build context, and its type &apos;%2&apos; has no default image: set one of them</source>
        <translation>o componente &apos;%1&apos; não tem imagem nem contexto de build, e seu tipo &apos;%2&apos; não tem imagem padrão: defina um deles</translation>
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Rótulo:</translation>
    </message>
    <message>
        <source>Shown on the arrow, e.g. REST, SQL, AMQP.</source>
        <translation>Mostrado na seta, por exemplo REST, SQL, AMQP.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>Port of the target this connection uses; empty: its primary port.</source>
        <translation>Porta do destino que esta conexão usa; vazio: a porta principal do destino.</translation>
    </message>
</context>
<context>
    <name>CostCommand</name>
    <message numerus="yes">
        <source>%n line(s) unpriced: the price book has no price for them (never guessed)</source>
        <translation>
            <numerusform>%n linha sem preço: a tabela de preços não tem preço para ela (nunca estimamos)</numerusform>
            <numerusform>%n linhas sem preço: a tabela de preços não tem preço para elas (nunca estimamos)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CostEngine</name>
    <message>
        <source>the price book &apos;%1&apos; has no price for it</source>
        <translation>a tabela de preços &apos;%1&apos; não tem preço para isso</translation>
    </message>
    <message>
        <source>no price book &apos;%1&apos; is installed</source>
        <translation>nenhuma tabela de preços &apos;%1&apos; está instalada</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>compute</source>
        <translation>computação</translation>
    </message>
    <message>
        <source>the price book &apos;%1&apos; prices no compute</source>
        <translation>a tabela de preços &apos;%1&apos; não precifica computação</translation>
    </message>
    <message>
        <source>billed as the Fargate size %1 / %2 that holds the request</source>
        <translation>cobrado como o tamanho Fargate %1 / %2 que comporta a requisição</translation>
    </message>
    <message>
        <source>%1 replicas at rest; autoscaling up to %2 adds cost with load</source>
        <translation>%1 réplicas em repouso; o escalonamento automático até %2 aumenta o custo com a carga</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>vCPU</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>memória</translation>
    </message>
    <message>
        <source>persistent volume</source>
        <translation>volume persistente</translation>
    </message>
    <message>
        <source>storage</source>
        <translation>armazenamento</translation>
    </message>
    <message>
        <source>the price book &apos;%1&apos; has no storage price for %2</source>
        <translation>a tabela de preços &apos;%1&apos; não tem preço de armazenamento para %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the price book &apos;%1&apos; has no price for %2 (%3), the class built for it</source>
        <translation>a tabela de preços &apos;%1&apos; não tem preço para %2 (%3), a classe construída para ele</translation>
    </message>
    <message>
        <source>%1 and %2 asked for</source>
        <translation>%1 e %2 pedidos</translation>
    </message>
    <message>
        <source>%1: the smallest %2 class that holds them</source>
        <translation>%1: a menor classe %2 que os comporta</translation>
    </message>
    <message>
        <source>%1: no %2 class holds them; the largest</source>
        <translation>%1: nenhuma classe %2 os comporta; a maior</translation>
    </message>
    <message>
        <source>instance</source>
        <translation>instância</translation>
    </message>
    <message>
        <source>the price book &apos;%1&apos; has no instance prices for &apos;%2&apos; (%3)</source>
        <translation>a tabela de preços &apos;%1&apos; não tem preços de instância para &apos;%2&apos; (%3)</translation>
    </message>
    <message>
        <source>no %1 instance class in &apos;%2&apos; holds %3 / %4 (%5)</source>
        <translation>nenhuma classe de instância %1 em &apos;%2&apos; comporta %3 / %4 (%5)</translation>
    </message>
    <message>
        <source>replicated</source>
        <translation>replicado</translation>
    </message>
    <message>
        <source>single</source>
        <translation>único</translation>
    </message>
    <message>
        <source>smallest %1 class with at least %2 and %3</source>
        <translation>menor classe %1 com pelo menos %2 e %3</translation>
    </message>
    <message>
        <source>load balancer hours</source>
        <translation>horas de balanceador de carga</translation>
    </message>
    <message>
        <source>capacity units</source>
        <translation>unidades de capacidade</translation>
    </message>
    <message>
        <source>%1 LCU on average (usage assumption)</source>
        <translation>%1 LCU em média (premissa de uso)</translation>
    </message>
    <message>
        <source>public IPv4 addresses</source>
        <translation>endereços IPv4 públicos</translation>
    </message>
    <message>
        <source>internet-facing, one address in each of 2 availability zones</source>
        <translation>voltado à internet, um endereço em cada uma de 2 zonas de disponibilidade</translation>
    </message>
    <message>
        <source>stored data</source>
        <translation>dados armazenados</translation>
    </message>
    <message>
        <source>%1 GB stored (usage assumption)</source>
        <translation>%1 GB armazenados (premissa de uso)</translation>
    </message>
    <message>
        <source>web ACL</source>
        <translation>ACL web</translation>
    </message>
    <message>
        <source>requests inspected are not estimated (no request-rate assumption)</source>
        <translation>as requisições inspecionadas não são estimadas (não há premissa de taxa de requisições)</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>regras</translation>
    </message>
    <message>
        <source>an ALB serves the public entry points</source>
        <translation>um ALB atende os pontos de entrada públicos</translation>
    </message>
    <message>
        <source>NAT gateway hours</source>
        <translation>horas de NAT gateway</translation>
    </message>
    <message>
        <source>private subnets reach the internet through one NAT gateway</source>
        <translation>as sub-redes privadas acessam a internet por um NAT gateway</translation>
    </message>
    <message>
        <source>NAT gateway data processed</source>
        <translation>dados processados pelo NAT gateway</translation>
    </message>
    <message>
        <source>%1 GB out per month (usage assumption)</source>
        <translation>%1 GB de saída por mês (premissa de uso)</translation>
    </message>
    <message>
        <source>NAT gateway public IPv4 address</source>
        <translation>endereço IPv4 público do NAT gateway</translation>
    </message>
    <message>
        <source>task public IPv4 addresses</source>
        <translation>endereços IPv4 públicos das tarefas</translation>
    </message>
    <message>
        <source>%1 tasks in public subnets, one address each</source>
        <translation>%1 tarefas em sub-redes públicas, um endereço cada</translation>
    </message>
    <message>
        <source>image repositories</source>
        <translation>repositórios de imagens</translation>
    </message>
    <message>
        <source>%1 repositories x %2 GB of images (usage assumption)</source>
        <translation>%1 repositórios x %2 GB de imagens (premissa de uso)</translation>
    </message>
    <message>
        <source>log ingestion</source>
        <translation>ingestão de logs</translation>
    </message>
    <message>
        <source>%1 GB of logs per month (usage assumption)</source>
        <translation>%1 GB de logs por mês (premissa de uso)</translation>
    </message>
    <message>
        <source>log storage</source>
        <translation>armazenamento de logs</translation>
    </message>
    <message>
        <source>%1 days retained: %2 GB x %1 / %3 days</source>
        <translation>%1 dias retidos: %2 GB x %1 / %3 dias</translation>
    </message>
    <message>
        <source>%1 GB out per month (usage assumption); the 100 GB monthly free allowance is account-wide and not deducted</source>
        <translation>%1 GB de saída por mês (premissa de uso); a franquia gratuita mensal de 100 GB vale para a conta inteira e não é descontada</translation>
    </message>
    <message>
        <source>data transfer out</source>
        <translation>transferência de dados de saída</translation>
    </message>
    <message>
        <source>Kubernetes control plane</source>
        <translation>plano de controle do Kubernetes</translation>
    </message>
    <message>
        <source>backup volume</source>
        <translation>volume de backup</translation>
    </message>
    <message>
        <source>the dumps of the backup CronJob</source>
        <translation>os dumps do CronJob de backup</translation>
    </message>
    <message>
        <source>backup storage</source>
        <translation>armazenamento de backup</translation>
    </message>
    <message>
        <source>the price book &apos;%1&apos; has no backup storage price for %2</source>
        <translation>a tabela de preços &apos;%1&apos; não tem preço de armazenamento de backup para %2</translation>
    </message>
    <message>
        <source>daily backups kept %1 days; what they store beyond the free allowance depends on how much data changes (not estimated)</source>
        <translation>backups diários mantidos por %1 dias; o que armazenam além da franquia gratuita depende de quanto os dados mudam (não estimado)</translation>
    </message>
    <message>
        <source>EFS storage, %1 in one file system all its tasks share; the price book &apos;%2&apos; has no EFS price</source>
        <translation>armazenamento EFS, %1 em um sistema de arquivos compartilhado por todas as suas tarefas; o livro de preços &apos;%2&apos; não tem preço de EFS</translation>
    </message>
    <message>
        <source>AWS Backup recovery points of its EFS file system, kept %1 days; the price book &apos;%2&apos; has no AWS Backup price</source>
        <translation>pontos de recuperação do AWS Backup do seu sistema de arquivos EFS, mantidos por %1 dias; o livro de preços &apos;%2&apos; não tem preço do AWS Backup</translation>
    </message>
</context>
<context>
    <name>CronSchedule</name>
    <message>
        <source>minute</source>
        <translation>minuto</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>day of month</source>
        <translation>dia do mês</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mês</translation>
    </message>
    <message>
        <source>day of week</source>
        <translation>dia da semana</translation>
    </message>
</context>
<context>
    <name>DeploymentForm</name>
    <message>
        <source>Deployment</source>
        <translation>Implantação</translation>
    </message>
    <message>
        <source>Deploy in this environment</source>
        <translation>Implantar neste ambiente</translation>
    </message>
    <message>
        <source>Place the component on this environment&apos;s canvas with the catalog&apos;s default sizes.</source>
        <translation>Coloca o componente na tela deste ambiente com os tamanhos padrão do catálogo.</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>&amp;Replicas:</source>
        <translation>&amp;Réplicas:</translation>
    </message>
    <message>
        <source>How many instances run (1 or more).</source>
        <translation>Quantas instâncias rodam (1 ou mais).</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modo:</translation>
    </message>
    <message>
        <source>Single instance, replicated, a clustered data service or a cloud-managed service.</source>
        <translation>Instância única, replicado, um serviço de dados em cluster ou um serviço gerenciado na nuvem.</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>&amp;CPU request:</source>
        <translation>Requisição de &amp;CPU:</translation>
    </message>
    <message>
        <source>CPU reserved per replica. Kubernetes notation: cores (1, 0.5) or millicores (500m); empty: not set.</source>
        <translation>CPU reservada por réplica. Notação do Kubernetes: núcleos (1, 0.5) ou milinúcleos (500m); vazio: não definido.</translation>
    </message>
    <message>
        <source>CPU l&amp;imit:</source>
        <translation>L&amp;imite de CPU:</translation>
    </message>
    <message>
        <source>Most CPU a replica may use; not below the request. Kubernetes notation: cores (1, 0.5) or millicores (500m); empty: not set.</source>
        <translation>O máximo de CPU que uma réplica pode usar; não abaixo da requisição. Notação do Kubernetes: núcleos (1, 0.5) ou milinúcleos (500m); vazio: não definido.</translation>
    </message>
    <message>
        <source>&amp;Memory request:</source>
        <translation>Requisição de &amp;memória:</translation>
    </message>
    <message>
        <source>Memory reserved per replica. Kubernetes notation: 512Mi, 1Gi; empty: not set.</source>
        <translation>Memória reservada por réplica. Notação do Kubernetes: 512Mi, 1Gi; vazio: não definido.</translation>
    </message>
    <message>
        <source>Memory li&amp;mit:</source>
        <translation>Li&amp;mite de memória:</translation>
    </message>
    <message>
        <source>Most memory a replica may use; not below the request. Kubernetes notation: 512Mi, 1Gi; empty: not set.</source>
        <translation>O máximo de memória que uma réplica pode usar; não abaixo da requisição. Notação do Kubernetes: 512Mi, 1Gi; vazio: não definido.</translation>
    </message>
    <message>
        <source>&amp;Storage:</source>
        <translation>&amp;Armazenamento:</translation>
    </message>
    <message>
        <source>Persistent volume size, e.g. 10Gi; empty: none.</source>
        <translation>Tamanho do volume persistente, por exemplo 10Gi; vazio: nenhum.</translation>
    </message>
    <message>
        <source>Autoscaling</source>
        <translation>Escalonamento automático</translation>
    </message>
    <message>
        <source>Mi&amp;nimum:</source>
        <translation>Mí&amp;nimo:</translation>
    </message>
    <message>
        <source>Fewest replicas the autoscaler keeps.</source>
        <translation>O menor número de réplicas que o autoescalador mantém.</translation>
    </message>
    <message>
        <source>Ma&amp;ximum:</source>
        <translation>Má&amp;ximo:</translation>
    </message>
    <message>
        <source>Most replicas the autoscaler starts; not below the minimum.</source>
        <translation>O maior número de réplicas que o autoescalador inicia; não abaixo do mínimo.</translation>
    </message>
    <message>
        <source>CPU &amp;target:</source>
        <translation>&amp;Alvo de CPU:</translation>
    </message>
    <message>
        <source>Average CPU use (percent of the request) the autoscaler aims at; empty: none.</source>
        <translation>Uso médio de CPU (percentual da requisição) que o autoescalador busca; vazio: nenhum.</translation>
    </message>
    <message>
        <source>Memory tar&amp;get:</source>
        <translation>Al&amp;vo de memória:</translation>
    </message>
    <message>
        <source>Average memory use (percent of the request) the autoscaler aims at; empty: none.</source>
        <translation>Uso médio de memória (percentual da requisição) que o autoescalador busca; vazio: nenhum.</translation>
    </message>
    <message>
        <source>Public exposure</source>
        <translation>Exposição pública</translation>
    </message>
    <message>
        <source>Reachable from the internet through the environment&apos;s entry point.</source>
        <translation>Acessível pela internet através do ponto de entrada do ambiente.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Public host name, e.g. api.example.com.</source>
        <translation>Nome de host público, por exemplo api.example.com.</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Caminho:</translation>
    </message>
    <message>
        <source>Path prefix routed to this component, e.g. /api; empty: /.</source>
        <translation>Prefixo de caminho roteado para este componente, por exemplo /api; vazio: /.</translation>
    </message>
    <message>
        <source>&amp;TLS</source>
        <translation>&amp;TLS</translation>
    </message>
    <message>
        <source>Serve HTTPS with a certificate for the host.</source>
        <translation>Serve HTTPS com um certificado para o host.</translation>
    </message>
    <message>
        <source>Environment overrides</source>
        <translation>Substituições do ambiente</translation>
    </message>
    <message>
        <source>Variables that replace the component&apos;s in this environment only.</source>
        <translation>Variáveis que substituem as do componente somente neste ambiente.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Add an override for this environment</source>
        <translation>Adicionar uma substituição para este ambiente</translation>
    </message>
    <message>
        <source>Reset to component default</source>
        <translation>Voltar ao padrão do componente</translation>
    </message>
    <message>
        <source>Remove the selected override: the component&apos;s own value applies again</source>
        <translation>Remove a substituição selecionada: o valor do próprio componente volta a valer</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>&amp;Backups:</source>
        <translation>&amp;Backups:</translation>
    </message>
    <message>
        <source>Off, the platform&apos;s default backups (daily, kept 7 days), or a schedule and retention you state.</source>
        <translation>Desligados, os backups padrão da plataforma (diários, guardados por 7 dias) ou um agendamento e uma retenção que você define.</translation>
    </message>
    <message>
        <source>Sc&amp;hedule:</source>
        <translation>A&amp;gendamento:</translation>
    </message>
    <message>
        <source>When backups run: a five-field cron expression in UTC (minute hour day-of-month month day-of-week); 0 3 * * * is 03:00 daily. Empty: daily.</source>
        <translation>Quando os backups rodam: uma expressão cron de cinco campos em UTC (minuto hora dia-do-mês mês dia-da-semana); 0 3 * * * é 03:00 todos os dias. Vazio: diariamente.</translation>
    </message>
    <message>
        <source>Re&amp;tention:</source>
        <translation>Re&amp;tenção:</translation>
    </message>
    <message>
        <source>How long backups are kept: a number of days with a d suffix, 1d to 36500d. Empty: the platform default (7d).</source>
        <translation>Por quanto tempo os backups são guardados: um número de dias com o sufixo d, de 1d a 36500d. Vazio: o padrão da plataforma (7d).</translation>
    </message>
    <message>
        <source>Scale between a minimum and a maximum number of replicas on CPU or memory use, or on the length of a queue.</source>
        <translation>Escalar entre um número mínimo e um máximo de réplicas pelo uso de CPU ou memória, ou pelo tamanho de uma fila.</translation>
    </message>
    <message>
        <source>Scale on &amp;queue length</source>
        <translation>Escalar pelo tamanho da &amp;fila</translation>
    </message>
    <message>
        <source>Run one replica per so many messages waiting on a queue of a broker this component uses (KEDA on Kubernetes, step scaling on AWS).</source>
        <translation>Rodar uma réplica para cada tantas mensagens esperando numa fila de um broker que este componente usa (KEDA no Kubernetes, step scaling na AWS).</translation>
    </message>
    <message>
        <source>&amp;Broker:</source>
        <translation>&amp;Broker:</translation>
    </message>
    <message>
        <source>The broker holding the queue: a component this one is connected to or reaches through its connections.</source>
        <translation>O broker que guarda a fila: um componente ao qual este está conectado ou que alcança pelas suas conexões.</translation>
    </message>
    <message>
        <source>Q&amp;ueue:</source>
        <translation>F&amp;ila:</translation>
    </message>
    <message>
        <source>The queue&apos;s name on the broker, e.g. orders.</source>
        <translation>O nome da fila no broker, p. ex. orders.</translation>
    </message>
    <message>
        <source>Messages per re&amp;plica:</source>
        <translation>Mensagens por ré&amp;plica:</translation>
    </message>
    <message>
        <source>How many waiting messages one replica handles (1 or more).</source>
        <translation>Quantas mensagens em espera uma réplica atende (1 ou mais).</translation>
    </message>
    <message>
        <source>Command in this environment</source>
        <translation>Comando neste ambiente</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>Co&amp;mando:</translation>
    </message>
    <message>
        <source>Replaces the component&apos;s command (the image&apos;s entrypoint) in this environment only; it then brings its own arguments. Empty: the component&apos;s.</source>
        <translation>Substitui o comando do componente (o entrypoint da imagem) só neste ambiente; ele então traz os seus próprios argumentos. Vazio: o do componente.</translation>
    </message>
    <message>
        <source>Ar&amp;guments:</source>
        <translation>Ar&amp;gumentos:</translation>
    </message>
    <message>
        <source>Replaces the arguments in this environment only. Empty: the component&apos;s.</source>
        <translation>Substitui os argumentos só neste ambiente. Vazio: os do componente.</translation>
    </message>
    <message>
        <source>Remove this environment&apos;s command and arguments: the component&apos;s apply again</source>
        <translation>Remover o comando e os argumentos deste ambiente: os do componente voltam a valer</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <source>Usage: stackdraft diff FILE [--repo DIR]</source>
        <translation>Uso: stackdraft diff ARQUIVO [--repo DIR]</translation>
    </message>
    <message>
        <source>show what &apos;commit&apos; would change in the repository (unified diff)</source>
        <translation>mostra o que &apos;commit&apos; mudaria no repositório (diff unificado)</translation>
    </message>
    <message>
        <source>stackdraft diff: %1</source>
        <translation>stackdraft diff: %1</translation>
    </message>
</context>
<context>
    <name>DocumentEdits</name>
    <message>
        <source>The catalog has no component type %1.</source>
        <translation>O catálogo não tem o tipo de componente %1.</translation>
    </message>
    <message numerus="yes">
        <source>Deploy %n components</source>
        <translation>
            <numerusform>Implantar %n componente</numerusform>
            <numerusform>Implantar %n componentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n components</source>
        <translation>
            <numerusform>Alterar %n componente</numerusform>
            <numerusform>Alterar %n componentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n deployments</source>
        <translation>
            <numerusform>Alterar %n implantação</numerusform>
            <numerusform>Alterar %n implantações</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no environment %1.</source>
        <translation>Não existe o ambiente %1.</translation>
    </message>
    <message>
        <source>Rename environment</source>
        <translation>Renomear ambiente</translation>
    </message>
    <message>
        <source>No environment at that place.</source>
        <translation>Nenhum ambiente nessa posição.</translation>
    </message>
    <message>
        <source>Reset the command of %1 in %2</source>
        <translation>Restaurar o comando de %1 em %2</translation>
    </message>
</context>
<context>
    <name>Echo</name>
    <message numerus="yes">
        <source>%1…(%n characters)</source>
        <translation>
            <numerusform>%1…(%n caractere)</numerusform>
            <numerusform>%1…(%n caracteres)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnvironmentSettingsDialog</name>
    <message>
        <source>Environment Settings</source>
        <translation>Configurações do ambiente</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <source>The environment&apos;s id, used in file names and overlays. Rename it from the Environment menu.</source>
        <translation>O id do ambiente, usado em nomes de arquivos e overlays. Renomeie-o pelo menu Ambiente.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Shown on the tab; the id when empty.</source>
        <translation>Mostrado na aba; o id quando vazio.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrição:</translation>
    </message>
    <message>
        <source>What the environment is for; goes into the architecture document.</source>
        <translation>Para que serve o ambiente; vai para o documento de arquitetura.</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>&amp;Segurança:</translation>
    </message>
    <message>
        <source>Who may reach it and how (VPN, TLS, WAF...).</source>
        <translation>Quem pode acessá-lo e como (VPN, TLS, WAF...).</translation>
    </message>
    <message>
        <source>Platform and prices</source>
        <translation>Plataforma e preços</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plataforma:</translation>
    </message>
    <message>
        <source>Where the environment runs: Docker Compose, Kubernetes or AWS ECS on Fargate.</source>
        <translation>Onde o ambiente roda: Docker Compose, Kubernetes ou AWS ECS no Fargate.</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Região:</translation>
    </message>
    <message>
        <source>Cloud region, e.g. us-east-1; empty for a local Compose environment.</source>
        <translation>Região da nuvem, por exemplo us-east-1; vazia para um ambiente Compose local.</translation>
    </message>
    <message>
        <source>Price &amp;book:</source>
        <translation>&amp;Tabela de preços:</translation>
    </message>
    <message>
        <source>The prices the monthly cost is computed from.</source>
        <translation>Os preços a partir dos quais o custo mensal é calculado.</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Orçamento</translation>
    </message>
    <message>
        <source>&amp;CPU:</source>
        <translation>&amp;CPU:</translation>
    </message>
    <message>
        <source>Total vCPU the environment may reserve, in Kubernetes notation (4, 500m); empty for no limit.</source>
        <translation>Total de vCPU que o ambiente pode reservar, na notação do Kubernetes (4, 500m); vazio para sem limite.</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>&amp;Memória:</translation>
    </message>
    <message>
        <source>Total memory the environment may reserve (8Gi, 512Mi); empty for no limit.</source>
        <translation>Total de memória que o ambiente pode reservar (8Gi, 512Mi); vazio para sem limite.</translation>
    </message>
    <message>
        <source>Monthly &amp;cost:</source>
        <translation>&amp;Custo mensal:</translation>
    </message>
    <message>
        <source>Monthly cost limit in USD; 0 for no limit.</source>
        <translation>Limite de custo mensal em USD; 0 para sem limite.</translation>
    </message>
    <message>
        <source> USD</source>
        <translation> USD</translation>
    </message>
    <message>
        <source>Usage assumptions (per month)</source>
        <translation>Premissas de uso (por mês)</translation>
    </message>
</context>
<context>
    <name>Git</name>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>unset</source>
        <translation>não definido</translation>
    </message>
    <message>
        <source>%1-%2 replicas</source>
        <translation>%1-%2 réplicas</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desligado</translation>
    </message>
    <message>
        <source>replicas %1</source>
        <translation>réplicas %1</translation>
    </message>
    <message>
        <source>cpu %1</source>
        <translation>cpu %1</translation>
    </message>
    <message>
        <source>cpu limit %1</source>
        <translation>limite de cpu %1</translation>
    </message>
    <message>
        <source>memory %1</source>
        <translation>memória %1</translation>
    </message>
    <message>
        <source>memory limit %1</source>
        <translation>limite de memória %1</translation>
    </message>
    <message>
        <source>storage %1</source>
        <translation>armazenamento %1</translation>
    </message>
    <message>
        <source>autoscaling %1</source>
        <translation>escalonamento automático %1</translation>
    </message>
    <message>
        <source>mode %1</source>
        <translation>modo %1</translation>
    </message>
    <message>
        <source>- added %1 (%2)</source>
        <translation>- adicionado %1 (%2)</translation>
    </message>
    <message>
        <source>- removed %1</source>
        <translation>- removido %1</translation>
    </message>
    <message>
        <source>- %1: %2</source>
        <translation>- %1: %2</translation>
    </message>
    <message>
        <source>- platform %1</source>
        <translation>- plataforma %1</translation>
    </message>
    <message>
        <source>- monthly cost: %1 USD (%2%3)</source>
        <translation>- custo mensal: %1 USD (%2%3)</translation>
    </message>
    <message>
        <source>Generated files: %1 new, %2 modified, %3 deleted.</source>
        <translation>Arquivos gerados: %1 novos, %2 modificados, %3 excluídos.</translation>
    </message>
    <message>
        <source>- %1 %2</source>
        <translation>- %1 %2</translation>
    </message>
    <message>
        <source>- and %1 more</source>
        <translation>- e mais %1</translation>
    </message>
    <message numerus="yes">
        <source>- new environment, %n component(s)</source>
        <translation>
            <numerusform>- novo ambiente, %n componente</numerusform>
            <numerusform>- novo ambiente, %n componentes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1: environment removed</source>
        <translation>%1: ambiente removido</translation>
    </message>
    <message>
        <source>Update %1 design: %2</source>
        <translation>Atualiza o projeto de %1: %2</translation>
    </message>
    <message>
        <source>Update generated files for %1</source>
        <translation>Atualiza os arquivos gerados de %1</translation>
    </message>
    <message>
        <source>Invalid author &apos;%1&apos;</source>
        <translation>Autor inválido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Cannot read HEAD&apos;s tree</source>
        <translation>Não foi possível ler a árvore do HEAD</translation>
    </message>
    <message>
        <source>Cannot create a tree</source>
        <translation>Não foi possível criar uma árvore</translation>
    </message>
    <message>
        <source>Update generated files</source>
        <translation>Atualiza os arquivos gerados</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid branch name.</source>
        <translation>&apos;%1&apos; não é um nome de branch válido.</translation>
    </message>
    <message>
        <source>The branch &apos;%1&apos; already exists: check it out first, or choose a new name.</source>
        <translation>O branch &apos;%1&apos; já existe: faça checkout dele primeiro ou escolha outro nome.</translation>
    </message>
    <message>
        <source>Not overwriting %1: changed since the last commit and not committed. Commit or discard those changes, or force the overwrite of each path (--force-overwrite PATH).</source>
        <translation>%1 não será sobrescrito: foi alterado desde o último commit e não foi commitado. Faça commit ou descarte essas alterações, ou force a sobrescrita de cada caminho (--force-overwrite CAMINHO).</translation>
    </message>
    <message>
        <source>Cannot open &apos;%1&apos;</source>
        <translation>Não foi possível abrir &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Cannot read HEAD</source>
        <translation>Não foi possível ler o HEAD</translation>
    </message>
    <message>
        <source>Cannot store &apos;%1&apos;</source>
        <translation>Não foi possível armazenar &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Cannot build the commit&apos;s tree</source>
        <translation>Não foi possível montar a árvore do commit</translation>
    </message>
    <message>
        <source>Cannot create the commit</source>
        <translation>Não foi possível criar o commit</translation>
    </message>
    <message>
        <source>Cannot update the branch &apos;%1&apos;</source>
        <translation>Não foi possível atualizar o branch &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Invalid author &apos;%1&apos;: write it as &quot;Name &lt;e-mail&gt;&quot;.</source>
        <translation>Autor inválido &apos;%1&apos;: escreva-o como &quot;Nome &lt;e-mail&gt;&quot;.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos; in HEAD</source>
        <translation>Não foi possível ler &apos;%1&apos; no HEAD</translation>
    </message>
    <message>
        <source>Cannot diff &apos;%1&apos;</source>
        <translation>Não foi possível comparar &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The SSH server refused the keys offered by your ssh-agent for &apos;%1&apos;: add the right key with ssh-add.</source>
        <translation>O servidor SSH recusou as chaves oferecidas pelo seu ssh-agent para &apos;%1&apos;: adicione a chave certa com ssh-add.</translation>
    </message>
    <message>
        <source>Pushing to &apos;%1&apos; needs SSH authentication, but no ssh-agent is running (SSH_AUTH_SOCK is not set): start one and add your key with ssh-add.</source>
        <translation>Enviar para &apos;%1&apos; exige autenticação SSH, mas nenhum ssh-agent está em execução (SSH_AUTH_SOCK não está definido): inicie um e adicione sua chave com ssh-add.</translation>
    </message>
    <message>
        <source>The remote &apos;%1&apos; asks for a user name and password, which Stackdraft does not handle: use an SSH remote with your ssh-agent, or push with git.</source>
        <translation>O remoto &apos;%1&apos; pede usuário e senha, o que o Stackdraft não trata: use um remoto SSH com seu ssh-agent ou faça o push com o git.</translation>
    </message>
    <message>
        <source>There is no remote named &apos;%1&apos;: add one with &apos;git remote add %1 URL&apos;.</source>
        <translation>Não há remoto chamado &apos;%1&apos;: adicione um com &apos;git remote add %1 URL&apos;.</translation>
    </message>
    <message>
        <source>Cannot push &apos;%1&apos; to &apos;%2&apos; (%3)</source>
        <translation>Não foi possível enviar &apos;%1&apos; para &apos;%2&apos; (%3)</translation>
    </message>
    <message>
        <source>The remote &apos;%1&apos; rejected the push (%2): pull its changes first.</source>
        <translation>O remoto &apos;%1&apos; rejeitou o push (%2): traga as alterações dele primeiro (pull).</translation>
    </message>
    <message>
        <source>No git repository at &apos;%1&apos;: run &apos;git init&apos; there, or set output.repository in the project file (or pass --repo DIR).</source>
        <translation>Não há repositório git em &apos;%1&apos;: execute &apos;git init&apos; lá, ou defina output.repository no arquivo do projeto (ou passe --repo DIR).</translation>
    </message>
    <message>
        <source>Cannot open the git repository at &apos;%1&apos;</source>
        <translation>Não foi possível abrir o repositório git em &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Cannot create a git repository at &apos;%1&apos;</source>
        <translation>Não foi possível criar um repositório git em &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No git identity is configured: run git config --global user.name &quot;Your Name&quot; and git config --global user.email &quot;you@example.com&quot;, or pass --author &quot;Name &lt;e-mail&gt;&quot;.</source>
        <translation>Nenhuma identidade git está configurada: execute git config --global user.name &quot;Seu Nome&quot; e git config --global user.email &quot;voce@example.com&quot;, ou passe --author &quot;Nome &lt;e-mail&gt;&quot;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a bare repository, which has no working tree to write the generated files to: clone it and commit into the clone.</source>
        <translation>&apos;%1&apos; é um repositório bare, sem árvore de trabalho onde gravar os arquivos gerados: clone-o e faça o commit no clone.</translation>
    </message>
    <message>
        <source>HEAD is detached in &apos;%1&apos; (no branch is checked out): check out a branch with &apos;git switch BRANCH&apos; and try again.</source>
        <translation>O HEAD está destacado em &apos;%1&apos; (nenhum branch em checkout): faça checkout de um branch com &apos;git switch BRANCH&apos; e tente de novo.</translation>
    </message>
    <message>
        <source>The git index is locked (&apos;%1&apos; exists): another git process is running, or one stopped abruptly. Wait for it to finish, or remove the file if no git process is running.</source>
        <translation>O índice do git está travado (&apos;%1&apos; existe): outro processo git está rodando ou parou abruptamente. Espere ele terminar ou remova o arquivo se nenhum processo git estiver rodando.</translation>
    </message>
    <message>
        <source>A merge, rebase, cherry-pick or revert is in progress in &apos;%1&apos;: finish or abort it first.</source>
        <translation>Há um merge, rebase, cherry-pick ou revert em andamento em &apos;%1&apos;: conclua-o ou aborte-o primeiro.</translation>
    </message>
    <message>
        <source>Cannot read the git index</source>
        <translation>Não foi possível ler o índice do git</translation>
    </message>
    <message>
        <source>Cannot hash &apos;%1&apos;</source>
        <translation>Não foi possível calcular o hash de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>new</source>
        <translation>novo</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>modificado</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>excluído</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inalterado</translation>
    </message>
    <message>
        <source>Output directory &apos;%1&apos; must be a relative path inside the repository without &apos;..&apos; or &apos;.git&apos;.</source>
        <translation>O diretório de saída &apos;%1&apos; deve ser um caminho relativo dentro do repositório, sem &apos;..&apos; nem &apos;.git&apos;.</translation>
    </message>
    <message>
        <source>Refusing to touch &apos;%1&apos;: it is outside the output directories (%2).</source>
        <translation>Recusando-se a mexer em &apos;%1&apos;: está fora dos diretórios de saída (%2).</translation>
    </message>
    <message>
        <source>Refusing to write through the symbolic link &apos;%1&apos;.</source>
        <translation>Recusando-se a gravar através do link simbólico &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cannot create the directory &apos;%1&apos;.</source>
        <translation>Não foi possível criar o diretório &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cannot delete the file.</source>
        <translation>Não foi possível excluir o arquivo.</translation>
    </message>
    <message>
        <source>- %1: image %2</source>
        <translation>- %1: imagem %2</translation>
    </message>
    <message>
        <source>components</source>
        <translation>componentes</translation>
    </message>
    <message>
        <source>components:</source>
        <translation>componentes:</translation>
    </message>
    <message>
        <source>Cannot open the object database</source>
        <translation>Não foi possível abrir o banco de objetos</translation>
    </message>
    <message>
        <source>Cannot prepare the object database</source>
        <translation>Não foi possível preparar o banco de objetos</translation>
    </message>
    <message>
        <source>Cannot write the commit&apos;s objects</source>
        <translation>Não foi possível gravar os objetos do commit</translation>
    </message>
    <message>
        <source>Cannot stage &apos;%1&apos;</source>
        <translation>Não foi possível adicionar &apos;%1&apos; ao índice</translation>
    </message>
    <message>
        <source>Cannot unstage &apos;%1&apos;</source>
        <translation>Não foi possível remover &apos;%1&apos; do índice</translation>
    </message>
    <message>
        <source>The remote &apos;%1&apos; rejected the push (%2): it has commits this repository does not have. Pull its changes first, then push again.</source>
        <translation>O remoto &apos;%1&apos; recusou o push (%2): ele tem commits que este repositório não tem. Traga as mudanças dele (pull) primeiro e faça o push de novo.</translation>
    </message>
    <message>
        <source>The push to &apos;%1&apos; was cancelled; the remote is unchanged.</source>
        <translation>O push para &apos;%1&apos; foi cancelado; o remoto não mudou.</translation>
    </message>
    <message>
        <source>Another Stackdraft commit (process %1) is running on this repository: wait for it to finish.</source>
        <translation>Outro commit do Stackdraft (processo %1) está em andamento neste repositório: aguarde até que termine.</translation>
    </message>
    <message>
        <source>Cannot create &apos;%1&apos;: check that the git directory is writable.</source>
        <translation>Não foi possível criar &apos;%1&apos;: verifique se o diretório do git permite escrita.</translation>
    </message>
    <message>
        <source>Cannot write the git index</source>
        <translation>Não foi possível gravar o índice do git</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a file tracked by git, but the generated files go in a directory of that name: rename or remove it (git mv, git rm) and commit, or change the output directories.</source>
        <translation>&apos;%1&apos; é um arquivo rastreado pelo git, mas os arquivos gerados vão para um diretório com esse nome: renomeie-o ou remova-o (git mv, git rm) e faça commit, ou altere os diretórios de saída.</translation>
    </message>
    <message>
        <source>Nothing was committed (commit %1 was prepared but the branch was left where it was): %2</source>
        <translation>Nada foi registrado (o commit %1 foi preparado, mas o branch ficou onde estava): %2</translation>
    </message>
    <message>
        <source>Cannot switch HEAD to &apos;%1&apos;</source>
        <translation>Não foi possível mudar o HEAD para &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The branch name &apos;%1&apos; is too long: each part between &apos;/&apos; may have at most 250 bytes.</source>
        <translation>O nome de branch &apos;%1&apos; é longo demais: cada parte entre &apos;/&apos; pode ter no máximo 250 bytes.</translation>
    </message>
    <message>
        <source>Cannot write in the git directory &apos;%1&apos;: check its permissions.</source>
        <translation>Não foi possível escrever no diretório do git &apos;%1&apos;: verifique suas permissões.</translation>
    </message>
    <message>
        <source>Cannot read HEAD&apos;s parent</source>
        <translation>Não foi possível ler o pai do HEAD</translation>
    </message>
    <message>
        <source>Cannot compare HEAD with the index</source>
        <translation>Não foi possível comparar o HEAD com o índice</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a file, but the generated files need a directory there: move it away or change the output directories.</source>
        <translation>&apos;%1&apos; é um arquivo, mas os arquivos gerados precisam de um diretório ali: mova-o para outro lugar ou altere os diretórios de saída.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a directory, but a generated file goes there: move it away.</source>
        <translation>&apos;%1&apos; é um diretório, mas um arquivo gerado vai ali: mova-o para outro lugar.</translation>
    </message>
    <message>
        <source>Cannot write in the directory &apos;%1&apos; (%2): check its permissions and that the disk is writable.</source>
        <translation>Não foi possível escrever no diretório &apos;%1&apos; (%2): verifique suas permissões e se o disco permite escrita.</translation>
    </message>
    <message>
        <source>Not enough disk space in &apos;%1&apos;: the commit needs about %2 and %3 is free.</source>
        <translation>Espaço em disco insuficiente em &apos;%1&apos;: o commit precisa de cerca de %2 e há %3 livres.</translation>
    </message>
</context>
<context>
    <name>GitWorkspace</name>
    <message>
        <source>No exporter plugins were found (searched: %1).</source>
        <translation>Nenhum plugin exportador foi encontrado (procurado em: %1).</translation>
    </message>
    <message>
        <source>(edited since the last commit)</source>
        <translation>(editado desde o último commit)</translation>
    </message>
</context>
<context>
    <name>GraphLayout</name>
    <message>
        <source>Graphviz could not lay out the drawing: %1</source>
        <translation>O Graphviz não conseguiu dispor o desenho: %1</translation>
    </message>
</context>
<context>
    <name>GroupForm</name>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Rótulo:</translation>
    </message>
    <message>
        <source>Shown on the frame, e.g. Data Storage.</source>
        <translation>Mostrado na moldura, por exemplo Armazenamento de Dados.</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Membros:</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>bad substitution: %1</source>
        <translation>substituição inválida: %1</translation>
    </message>
    <message>
        <source>${%1} is not set (no .env value, no default): replaced by empty text</source>
        <translation>${%1} não está definida (sem valor no .env, sem padrão): substituída por texto vazio</translation>
    </message>
    <message>
        <source>extension field: read only where YAML anchors use it</source>
        <translation>campo de extensão: lido apenas onde âncoras YAML o usam</translation>
    </message>
    <message>
        <source>not modelled</source>
        <translation>não modelado</translation>
    </message>
    <message>
        <source>obsolete in the Compose Specification; ignored</source>
        <translation>obsoleto na Compose Specification; ignorado</translation>
    </message>
    <message>
        <source>networks are not modelled: connections are inferred from them, and exports use one network</source>
        <translation>redes não são modeladas: as conexões são deduzidas delas, e as exportações usam uma única rede</translation>
    </message>
    <message>
        <source>where the secret&apos;s value comes from is not read: secret values never enter the project</source>
        <translation>a origem do valor do segredo não é lida: valores de segredos nunca entram no projeto</translation>
    </message>
    <message>
        <source>connection %1 -&gt; %2 inferred from the shared network</source>
        <translation>conexão %1 -&gt; %2 deduzida da rede compartilhada</translation>
    </message>
    <message>
        <source>Docker Compose</source>
        <translation>Docker Compose</translation>
    </message>
    <message>
        <source>no compose file given</source>
        <translation>nenhum arquivo compose informado</translation>
    </message>
    <message>
        <source>more than %1 compose files</source>
        <translation>mais de %1 arquivos compose</translation>
    </message>
    <message>
        <source>not a compose file: the top level is %1, not a mapping</source>
        <translation>não é um arquivo compose: o nível superior é %1, não um mapeamento</translation>
    </message>
    <message>
        <source>not a compose file: no &apos;services:&apos; mapping at the top level</source>
        <translation>não é um arquivo compose: não há mapeamento &apos;services:&apos; no nível superior</translation>
    </message>
    <message>
        <source>&apos;${&apos; is not closed with &apos;}&apos;</source>
        <translation>&apos;${&apos; não é fechado com &apos;}&apos;</translation>
    </message>
    <message>
        <source>&apos;${%1}&apos; is not a valid substitution</source>
        <translation>&apos;${%1}&apos; não é uma substituição válida</translation>
    </message>
    <message>
        <source>required variable %1 is not set</source>
        <translation>a variável obrigatória %1 não está definida</translation>
    </message>
    <message>
        <source>a service must be a mapping, found %1; skipped</source>
        <translation>um serviço deve ser um mapeamento, encontrado %1; ignorado</translation>
    </message>
    <message>
        <source>only in profile(s) %1, none of them active (--profile); not imported</source>
        <translation>apenas no(s) perfil(is) %1, nenhum deles ativo (--profile); não importado</translation>
    </message>
    <message>
        <source>MariaDB is imported as catalog type mysql (compatible); the image is kept</source>
        <translation>MariaDB é importado como o tipo de catálogo mysql (compatível); a imagem é mantida</translation>
    </message>
    <message>
        <source>image &apos;%1&apos; is not one the catalog knows: imported as a generic service</source>
        <translation>a imagem &apos;%1&apos; não é conhecida pelo catálogo: importada como serviço genérico</translation>
    </message>
    <message>
        <source>no valid target port; not imported</source>
        <translation>nenhuma porta de destino válida; não importado</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: port ranges and host addresses are not modelled; not imported</source>
        <translation>&apos;%1&apos;: faixas de portas e endereços do host não são modelados; não importado</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port; not imported</source>
        <translation>&apos;%1&apos; não é uma porta; não importado</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CPU amount; not imported</source>
        <translation>&apos;%1&apos; não é uma quantidade de CPU; não importado</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a memory size; not imported</source>
        <translation>&apos;%1&apos; não é um tamanho de memória; não importado</translation>
    </message>
    <message>
        <source>not a number of replicas; not imported</source>
        <translation>não é um número de réplicas; não importado</translation>
    </message>
    <message>
        <source>one replica per node is not modelled; imported as %1 replica(s)</source>
        <translation>uma réplica por nó não é modelado; importado como %1 réplica(s)</translation>
    </message>
    <message>
        <source>a bind mount or anonymous volume (&apos;%1&apos;): files from the host are not modelled</source>
        <translation>um bind mount ou volume anônimo (&apos;%1&apos;): arquivos do host não são modelados</translation>
    </message>
    <message>
        <source>named volume &apos;%1&apos; at %2: Stackdraft keeps one volume per stateful component; not modelled</source>
        <translation>volume nomeado &apos;%1&apos; em %2: o Stackdraft mantém um volume por componente com estado; não modelado</translation>
    </message>
    <message>
        <source>named volume &apos;%1&apos; is mounted at %2; exports mount the storage at the type&apos;s data path %3</source>
        <translation>o volume nomeado &apos;%1&apos; é montado em %2; as exportações montam o armazenamento no caminho de dados do tipo, %3</translation>
    </message>
    <message>
        <source>a disabled health check is not modelled; exports check the type&apos;s own way</source>
        <translation>uma verificação de saúde desativada não é modelada; as exportações verificam do jeito do próprio tipo</translation>
    </message>
    <message>
        <source>kept as property healthCommand; exports run the type&apos;s own check</source>
        <translation>mantido como a propriedade healthCommand; as exportações executam a verificação do próprio tipo</translation>
    </message>
    <message>
        <source>secret &apos;%1&apos; is mounted as a file and no variable points at it; Stackdraft passes secrets as variables: add one with {secret: %2}</source>
        <translation>o segredo &apos;%1&apos; é montado como arquivo e nenhuma variável aponta para ele; o Stackdraft passa segredos como variáveis: adicione uma com {secret: %2}</translation>
    </message>
    <message>
        <source>no value (taken from the shell when compose runs); not imported</source>
        <translation>sem valor (tomado do shell quando o compose executa); não importado</translation>
    </message>
    <message>
        <source>the path of secret file &apos;%1&apos;: imported as %2 = {secret: %3}, the secret&apos;s value rather than its path</source>
        <translation>o caminho do arquivo de segredo &apos;%1&apos;: importado como %2 = {secret: %3}, o valor do segredo em vez do seu caminho</translation>
    </message>
    <message>
        <source>a secret: the value of ${%1} is not copied; set secret &apos;%2&apos; where the project is deployed</source>
        <translation>um segredo: o valor de ${%1} não é copiado; defina o segredo &apos;%2&apos; onde o projeto for implantado</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no imported service; no connection made</source>
        <translation>&apos;%1&apos; não nomeia nenhum serviço importado; nenhuma conexão criada</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid component id (DNS-1123 label, unique); imported as &apos;%2&apos;</source>
        <translation>&apos;%1&apos; não é um id de componente válido (rótulo DNS-1123, único); importado como &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid variable name; not imported</source>
        <translation>&apos;%1&apos; não é um nome de variável válido; não importado</translation>
    </message>
    <message>
        <source>now derived from %1&apos;s URL; the user and password written in it are not copied</source>
        <translation>agora derivada da URL de %1; o usuário e a senha escritos nela não são copiados</translation>
    </message>
    <message>
        <source>a secret: its value is not copied; set secret &apos;%1&apos; where the project is deployed</source>
        <translation>um segredo: seu valor não é copiado; defina o segredo &apos;%1&apos; onde o projeto for implantado</translation>
    </message>
    <message>
        <source>the import holds no environment</source>
        <translation>a importação não contém ambiente</translation>
    </message>
    <message>
        <source>the project already has an environment &apos;%1&apos;; choose another with --env</source>
        <translation>o projeto já tem um ambiente &apos;%1&apos;; escolha outro com --env</translation>
    </message>
    <message>
        <source>%1: the project&apos;s &apos;%2&apos; is kept; the import says &apos;%3&apos;</source>
        <translation>%1: o valor &apos;%2&apos; do projeto é mantido; a importação diz &apos;%3&apos;</translation>
    </message>
    <message>
        <source>no such file or directory</source>
        <translation>arquivo ou diretório inexistente</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>não é um arquivo comum</translation>
    </message>
    <message>
        <source>the file is %1 MB; files over %2 MB are not imported</source>
        <translation>o arquivo tem %1 MB; arquivos acima de %2 MB não são importados</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>não foi possível ler: %1</translation>
    </message>
    <message>
        <source>the file is over %1 MB; not imported</source>
        <translation>o arquivo passa de %1 MB; não importado</translation>
    </message>
    <message>
        <source>a Kustomize directory: rendering it needs kubectl, which is not installed; install kubectl, or render it elsewhere (kubectl kustomize DIR &gt; all.yaml) and import that file</source>
        <translation>um diretório Kustomize: renderizá-lo exige o kubectl, que não está instalado; instale o kubectl, ou renderize-o em outro lugar (kubectl kustomize DIR &gt; all.yaml) e importe esse arquivo</translation>
    </message>
    <message>
        <source>kubectl kustomize failed: %1</source>
        <translation>kubectl kustomize falhou: %1</translation>
    </message>
    <message>
        <source>the rendered manifests are over %1 MB; not imported</source>
        <translation>os manifestos renderizados passam de %1 MB; não importados</translation>
    </message>
    <message>
        <source>no file to import in this directory</source>
        <translation>nenhum arquivo a importar neste diretório</translation>
    </message>
    <message>
        <source>more than %1 files; not imported</source>
        <translation>mais de %1 arquivos; não importados</translation>
    </message>
    <message>
        <source>a template placeholder &apos;{{&apos;: this is a Helm chart template, not a manifest; render it first (helm template CHART &gt; manifests.yaml) and import the result</source>
        <translation>um marcador de template &apos;{{&apos;: isto é um template de chart Helm, não um manifesto; renderize-o antes (helm template CHART &gt; manifests.yaml) e importe o resultado</translation>
    </message>
    <message>
        <source>not a Kubernetes manifest: a document without &apos;apiVersion&apos; and &apos;kind&apos;</source>
        <translation>não é um manifesto Kubernetes: um documento sem &apos;apiVersion&apos; e &apos;kind&apos;</translation>
    </message>
    <message>
        <source>a %1 with no object Stackdraft reads (Deployments, StatefulSets, DaemonSets, ReplicationControllers, Services, Ingresses, HPAs, ConfigMaps, Secrets, PVCs)</source>
        <translation>um %1 sem nenhum objeto que o Stackdraft leia (Deployments, StatefulSets, DaemonSets, ReplicationControllers, Services, Ingresses, HPAs, ConfigMaps, Secrets, PVCs)</translation>
    </message>
    <message>
        <source>Kubernetes manifests</source>
        <translation>Manifestos Kubernetes</translation>
    </message>
    <message>
        <source>no Kubernetes object Stackdraft reads (Deployments, StatefulSets, DaemonSets, ReplicationControllers, Services, Ingresses, HPAs, ConfigMaps, Secrets, PVCs)</source>
        <translation>nenhum objeto Kubernetes que o Stackdraft leia (Deployments, StatefulSets, DaemonSets, ReplicationControllers, Services, Ingresses, HPAs, ConfigMaps, Secrets, PVCs)</translation>
    </message>
    <message>
        <source>kind %1 is not modelled</source>
        <translation>o tipo %1 não é modelado</translation>
    </message>
    <message>
        <source>selects no imported workload (an external name or a missing selector); not modelled</source>
        <translation>não seleciona nenhuma carga importada (um nome externo ou seletor ausente); não modelado</translation>
    </message>
    <message>
        <source>%1 is imported as a public exposure of %2; exports publish it through an Ingress</source>
        <translation>%1 é importado como exposição pública de %2; as exportações o publicam por um Ingress</translation>
    </message>
    <message>
        <source>routes to &apos;%1&apos;, which is not an imported Service; not modelled</source>
        <translation>encaminha para &apos;%1&apos;, que não é um Service importado; não modelado</translation>
    </message>
    <message>
        <source>a second host (%1): one public host per entry is modelled</source>
        <translation>um segundo host (%1): é modelado um host público por entrada</translation>
    </message>
    <message>
        <source>scales no imported workload; not modelled</source>
        <translation>não escala nenhuma carga importada; não modelado</translation>
    </message>
    <message>
        <source>only CPU and memory utilisation targets are modelled</source>
        <translation>apenas metas de utilização de CPU e memória são modeladas</translation>
    </message>
    <message>
        <source>read by name only: secret values never enter the project</source>
        <translation>lido apenas pelo nome: valores de segredos nunca entram no projeto</translation>
    </message>
    <message>
        <source>no pod template with a container; not imported</source>
        <translation>nenhum template de pod com um contêiner; não importado</translation>
    </message>
    <message>
        <source>a second container (sidecar &apos;%1&apos;): one container per component is modelled</source>
        <translation>um segundo contêiner (sidecar &apos;%1&apos;): é modelado um contêiner por componente</translation>
    </message>
    <message>
        <source>one pod per node is not modelled; imported as one replica</source>
        <translation>um pod por nó não é modelado; importado como uma réplica</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a quantity; not imported</source>
        <translation>&apos;%1&apos; não é uma quantidade; não importado</translation>
    </message>
    <message>
        <source>a second volume: one per component is modelled</source>
        <translation>um segundo volume: é modelado um por componente</translation>
    </message>
    <message>
        <source>volume &apos;%1&apos; is not modelled</source>
        <translation>o volume &apos;%1&apos; não é modelado</translation>
    </message>
    <message>
        <source>persistent storage on a type that keeps no state (%1); not modelled</source>
        <translation>armazenamento persistente em um tipo sem estado (%1); não modelado</translation>
    </message>
    <message>
        <source>variables from a Secret or a ConfigMap that is not in the input: their names are unknown</source>
        <translation>variáveis de um Secret ou de um ConfigMap que não está na entrada: seus nomes são desconhecidos</translation>
    </message>
    <message>
        <source>the ConfigMap key it reads is not in the input; not imported</source>
        <translation>a chave de ConfigMap que ela lê não está na entrada; não importada</translation>
    </message>
    <message>
        <source>a value from the pod&apos;s own fields is not modelled</source>
        <translation>um valor dos próprios campos do pod não é modelado</translation>
    </message>
    <message>
        <source>styling is not modelled</source>
        <translation>estilos não são modelados</translation>
    </message>
    <message>
        <source>click actions are not modelled</source>
        <translation>ações de clique não são modeladas</translation>
    </message>
    <message>
        <source>not a node or edge Stackdraft can read</source>
        <translation>não é um nó ou aresta que o Stackdraft consiga ler</translation>
    </message>
    <message>
        <source>an edge to a subgraph is not modelled</source>
        <translation>uma aresta para um subgrafo não é modelada</translation>
    </message>
    <message>
        <source>an edge to something that is not a node (a subgraph?) is not modelled</source>
        <translation>uma aresta para algo que não é um nó (um subgrafo?) não é modelada</translation>
    </message>
    <message>
        <source>Mermaid flowchart</source>
        <translation>Fluxograma Mermaid</translation>
    </message>
    <message>
        <source>a &apos;%1&apos; diagram is not a flowchart; not imported</source>
        <translation>um diagrama &apos;%1&apos; não é um fluxograma; não importado</translation>
    </message>
    <message>
        <source>holds only other subgraphs: not a group of its own</source>
        <translation>contém apenas outros subgrafos: não é um grupo próprio</translation>
    </message>
    <message>
        <source>an edge to itself is not modelled</source>
        <translation>uma aresta para si mesmo não é modelada</translation>
    </message>
    <message>
        <source>no Mermaid flowchart (&apos;graph&apos; or &apos;flowchart&apos; diagram) in the input</source>
        <translation>nenhum fluxograma Mermaid (diagrama &apos;graph&apos; ou &apos;flowchart&apos;) na entrada</translation>
    </message>
    <message>
        <source>no file or directory to import</source>
        <translation>nenhum arquivo ou diretório a importar</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use %2)</source>
        <translation>formato &apos;%1&apos; desconhecido (use %2)</translation>
    </message>
    <message>
        <source>not a compose file, Kubernetes manifest or Mermaid flowchart Stackdraft recognises; name the format</source>
        <translation>não é um arquivo compose, manifesto Kubernetes ou fluxograma Mermaid que o Stackdraft reconheça; informe o formato</translation>
    </message>
    <message>
        <source>the environment id must be a DNS label (lower-case letters, digits, &apos;-&apos;), not &apos;%1&apos;</source>
        <translation>o id do ambiente deve ser um rótulo DNS (letras minúsculas, dígitos, &apos;-&apos;), não &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 is set more than once; the last value is kept</source>
        <translation>%1 é definida mais de uma vez; o último valor é mantido</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>build a project from docker-compose, Kubernetes manifests or a Mermaid flowchart</source>
        <translation>cria um projeto a partir de docker-compose, manifestos Kubernetes ou um fluxograma Mermaid</translation>
    </message>
    <message>
        <source>compose files (merged in order), manifest files or directories, Mermaid or Markdown files</source>
        <translation>arquivos compose (mesclados em ordem), arquivos ou diretórios de manifestos, arquivos Mermaid ou Markdown</translation>
    </message>
    <message>
        <source>FILE|DIR...</source>
        <translation>ARQUIVO|DIR...</translation>
    </message>
    <message>
        <source>project file to write (required)</source>
        <translation>arquivo de projeto a gravar (obrigatório)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <source>what the input is: %1 (default: recognised from the first file)</source>
        <translation>o que é a entrada: %1 (padrão: reconhecido pelo primeiro arquivo)</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>add the import as a new environment of this project</source>
        <translation>adiciona a importação como um novo ambiente deste projeto</translation>
    </message>
    <message>
        <source>id of the imported environment</source>
        <translation>id do ambiente importado</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>compose profile to activate (repeatable)</source>
        <translation>perfil do compose a ativar (repetível)</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PERFIL</translation>
    </message>
    <message>
        <source>replace --out when it already exists</source>
        <translation>substitui --out quando ele já existe</translation>
    </message>
    <message>
        <source>stackdraft import: %1</source>
        <translation>stackdraft import: %1</translation>
    </message>
    <message>
        <source>stackdraft import: give at least one file or directory to import</source>
        <translation>stackdraft import: informe ao menos um arquivo ou diretório a importar</translation>
    </message>
    <message>
        <source>stackdraft import: --out FILE is required</source>
        <translation>stackdraft import: --out ARQUIVO é obrigatório</translation>
    </message>
    <message>
        <source>stackdraft import: %1 exists; nothing written (use --force to replace it, or --into %1 --out %1 to add an environment to it)</source>
        <translation>stackdraft import: %1 já existe; nada foi gravado (use --force para substituí-lo, ou --into %1 --out %1 para adicionar um ambiente a ele)</translation>
    </message>
    <message>
        <source>stackdraft import: nothing imported; nothing written</source>
        <translation>stackdraft import: nada importado; nada gravado</translation>
    </message>
    <message>
        <source>stackdraft import: internal error, the imported project does not load: %1</source>
        <translation>stackdraft import: erro interno, o projeto importado não carrega: %1</translation>
    </message>
    <message>
        <source>%1: %2 component(s), %3 connection(s); environment %4 (%5), from %6</source>
        <translation>%1: %2 componente(s), %3 conexão(ões); ambiente %4 (%5), de %6</translation>
    </message>
    <message>
        <source>Import report: what was left out, changed or guessed (%1):</source>
        <translation>Relatório da importação: o que ficou de fora, mudou ou foi deduzido (%1):</translation>
    </message>
</context>
<context>
    <name>KubernetesExporter</name>
    <message>
        <source>Kubernetes (Kustomize)</source>
        <translation>Kubernetes (Kustomize)</translation>
    </message>
</context>
<context>
    <name>KubernetesManifests</name>
    <message>
        <source>component &apos;%1&apos; has no image and its type &apos;%2&apos; has no default image: set one</source>
        <translation>o componente &apos;%1&apos; não tem imagem e seu tipo &apos;%2&apos; não tem imagem padrão: defina uma</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>stackdraft: no environment &apos;%1&apos; in the project</source>
        <translation>stackdraft: o projeto não tem o ambiente &apos;%1&apos;</translation>
    </message>
    <message>
        <source>stackdraft: cannot write the screenshot %1</source>
        <translation>stackdraft: não foi possível gravar a captura de tela %1</translation>
    </message>
    <message>
        <source>Stackdraft desktop app</source>
        <translation>Aplicativo de desktop do Stackdraft</translation>
    </message>
    <message>
        <source>The project to open.</source>
        <translation>O projeto a abrir.</translation>
    </message>
    <message>
        <source>Save a picture of the window to PATH and exit.</source>
        <translation>Salva uma imagem da janela em CAMINHO e sai.</translation>
    </message>
    <message>
        <source>Show environment ID first.</source>
        <translation>Mostra primeiro o ambiente ID.</translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1600x1000.</source>
        <translation>Tamanho da janela para --screenshot, por exemplo 1600x1000.</translation>
    </message>
</context>
<context>
    <name>MountedFileDialog</name>
    <message>
        <source>Mounted File</source>
        <translation>Arquivo montado</translation>
    </message>
    <message>
        <source>&amp;Path in the container:</source>
        <translation>&amp;Caminho no contêiner:</translation>
    </message>
    <message>
        <source>Absolute path of the file inside the container; a file the image or Stackdraft already has at this path is replaced.</source>
        <translation>Caminho absoluto do arquivo dentro do contêiner; um arquivo que a imagem ou o Stackdraft já tenha nesse caminho é substituído.</translation>
    </message>
    <message>
        <source>&amp;Text written in the project file</source>
        <translation>&amp;Texto escrito no arquivo do projeto</translation>
    </message>
    <message>
        <source>The file&apos;s text, exactly as it is mounted.</source>
        <translation>O texto do arquivo, exatamente como é montado.</translation>
    </message>
    <message>
        <source>A &amp;file beside the project file</source>
        <translation>Um &amp;arquivo ao lado do arquivo do projeto</translation>
    </message>
    <message>
        <source>Path relative to the project file&apos;s directory, with / separators; the file is read when the project is opened.</source>
        <translation>Caminho relativo ao diretório do arquivo do projeto, com separadores /; o arquivo é lido quando o projeto é aberto.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Escolher…</translation>
    </message>
    <message>
        <source>Pick the file in the project file&apos;s directory</source>
        <translation>Escolher o arquivo no diretório do arquivo do projeto</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>Tela de desenho</translation>
    </message>
    <message>
        <source>&amp;Grid size:</source>
        <translation>Tamanho da &amp;grade:</translation>
    </message>
    <message>
        <source>Distance between grid points on the canvas; Shift+arrow moves a node by one step.</source>
        <translation>Distância entre os pontos da grade na tela; Shift+seta move um nó um passo.</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Dropped and moved nodes land on the nearest grid point.</source>
        <translation>Nós soltos e movidos vão para o ponto da grade mais próximo.</translation>
    </message>
    <message>
        <source>&amp;Snap to grid</source>
        <translation>&amp;Alinhar à grade</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aparência</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Light, dark, or whatever the desktop uses.</source>
        <translation>Claro, escuro ou o que a área de trabalho usar.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The language of menus and messages; generated files are not affected.</source>
        <translation>O idioma dos menus e mensagens; os arquivos gerados não são afetados.</translation>
    </message>
    <message>
        <source>A new language applies the next time Stackdraft starts.</source>
        <translation>Um novo idioma vale a partir da próxima vez que o Stackdraft iniciar.</translation>
    </message>
</context>
<context>
    <name>PriceBook</name>
    <message>
        <source>AWS sa-east-1 (São Paulo) — partial</source>
        <translation>AWS sa-east-1 (São Paulo) — parcial</translation>
    </message>
    <message>
        <source>AWS us-east-1 (N. Virginia)</source>
        <translation>AWS us-east-1 (Norte da Virgínia)</translation>
    </message>
    <message>
        <source>Self-hosted (prices nothing)</source>
        <translation>Hospedagem própria (não precifica nada)</translation>
    </message>
    <message>
        <source>Self-hosted environments run on machines whose cost Stackdraft does not know; this book prices nothing.</source>
        <translation>Ambientes de hospedagem própria rodam em máquinas cujo custo o Stackdraft não conhece; esta tabela não precifica nada.</translation>
    </message>
</context>
<context>
    <name>ProjectReader</name>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>text &apos;%1&apos;</source>
        <translation>o texto &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>uma lista</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>um mapeamento</translation>
    </message>
    <message>
        <source>a &apos;:&apos; where no key can start; quote text that contains &apos;: &apos; (&quot;a: b&quot;)</source>
        <translation>um &apos;:&apos; onde nenhuma chave pode começar; coloque entre aspas o texto que contém &apos;: &apos; (&quot;a: b&quot;)</translation>
    </message>
    <message>
        <source>this line is indented differently from the keys above it</source>
        <translation>esta linha tem indentação diferente das chaves acima dela</translation>
    </message>
    <message>
        <source>this line is indented differently from the list items above it</source>
        <translation>esta linha tem indentação diferente dos itens de lista acima dela</translation>
    </message>
    <message>
        <source>a &apos;{&apos; mapping is not closed with &apos;}&apos;</source>
        <translation>um mapeamento &apos;{&apos; não foi fechado com &apos;}&apos;</translation>
    </message>
    <message>
        <source>a &apos;[&apos; list is not closed with &apos;]&apos;</source>
        <translation>uma lista &apos;[&apos; não foi fechada com &apos;]&apos;</translation>
    </message>
    <message>
        <source>a &apos;- &apos; list item where a &apos;key: value&apos; line is expected</source>
        <translation>um item de lista &apos;- &apos; onde se esperava uma linha &apos;chave: valor&apos;</translation>
    </message>
    <message>
        <source>a quoted text is not closed before the end of the file</source>
        <translation>um texto entre aspas não foi fechado antes do fim do arquivo</translation>
    </message>
    <message>
        <source>duplicate environment id &apos;%1&apos;</source>
        <translation>id de ambiente &apos;%1&apos; duplicado</translation>
    </message>
    <message>
        <source>an environment needs an &apos;id&apos; (e.g. &apos;id: production&apos;)</source>
        <translation>um ambiente precisa de um &apos;id&apos; (por exemplo, &apos;id: production&apos;)</translation>
    </message>
    <message>
        <source>environment id</source>
        <translation>id do ambiente</translation>
    </message>
    <message>
        <source>unknown platform &apos;%1&apos; (use compose, kubernetes or aws-ecs)</source>
        <translation>plataforma &apos;%1&apos; desconhecida (use compose, kubernetes ou aws-ecs)</translation>
    </message>
    <message>
        <source>unknown platform &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>plataforma &apos;%1&apos; desconhecida; você quis dizer &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>deploys &apos;%1&apos;, which is not a component of this project</source>
        <translation>implanta &apos;%1&apos;, que não é um componente deste projeto</translation>
    </message>
    <message>
        <source>deploys &apos;%1&apos;, which is not a component of this project; did you mean &apos;%2&apos;?</source>
        <translation>implanta &apos;%1&apos;, que não é um componente deste projeto; você quis dizer &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>unknown mode &apos;%1&apos; (use single, replicated, cluster or managed)</source>
        <translation>modo &apos;%1&apos; desconhecido (use single, replicated, cluster ou managed)</translation>
    </message>
    <message>
        <source>unknown mode &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>modo &apos;%1&apos; desconhecido; você quis dizer &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>a path starts with &apos;/&apos; (found &apos;%1&apos;)</source>
        <translation>um caminho começa com &apos;/&apos; (foi encontrado &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>expected a position [x, y], found %1</source>
        <translation>esperava-se uma posição [x, y], mas foi encontrado %1</translation>
    </message>
    <message>
        <source>expected text, {from: component} or {secret: name}, found %1</source>
        <translation>esperava-se um texto, {from: componente} ou {secret: nome}, mas foi encontrado %1</translation>
    </message>
    <message>
        <source>secret name</source>
        <translation>nome do segredo</translation>
    </message>
    <message>
        <source>a variable mapping needs &apos;from: &lt;component&gt;&apos; or &apos;secret: &lt;name&gt;&apos;</source>
        <translation>um mapeamento de variável precisa de &apos;from: &lt;componente&gt;&apos; ou &apos;secret: &lt;nome&gt;&apos;</translation>
    </message>
    <message>
        <source>unknown part &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>parte &apos;%1&apos; desconhecida; você quis dizer &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>refers to component &apos;%1&apos;, which does not exist</source>
        <translation>refere-se ao componente &apos;%1&apos;, que não existe</translation>
    </message>
    <message>
        <source>refers to component &apos;%1&apos;, which does not exist; did you mean &apos;%2&apos;?</source>
        <translation>refere-se ao componente &apos;%1&apos;, que não existe; você quis dizer &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>expected a mapping (key: value lines), found %1</source>
        <translation>esperava-se um mapeamento (linhas chave: valor), mas foi encontrado %1</translation>
    </message>
    <message>
        <source>expected a list, found %1</source>
        <translation>esperava-se uma lista, mas foi encontrado %1</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; (allowed: %2)</source>
        <translation>chave &apos;%1&apos; desconhecida (permitidas: %2)</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>chave &apos;%1&apos; desconhecida; você quis dizer &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation>esperava-se um texto, mas foi encontrado %1</translation>
    </message>
    <message>
        <source>a value is required here</source>
        <translation>um valor é obrigatório aqui</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a valid name: use lower-case letters, digits and &apos;-&apos;, at most 63 characters (e.g. &apos;%3&apos;)</source>
        <translation>%1 &apos;%2&apos; não é um nome válido: use letras minúsculas, dígitos e &apos;-&apos;, com no máximo 63 caracteres (por exemplo, &apos;%3&apos;)</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>esperava-se um número inteiro, mas foi encontrado %1</translation>
    </message>
    <message>
        <source>expected a whole number, found &apos;%1&apos;</source>
        <translation>esperava-se um número inteiro, mas foi encontrado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must not be negative (found %1)</source>
        <translation>não pode ser negativo (foi encontrado %1)</translation>
    </message>
    <message>
        <source>must be between %1 and %2 (found %3)</source>
        <translation>deve estar entre %1 e %2 (foi encontrado %3)</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>esperava-se um número, mas foi encontrado %1</translation>
    </message>
    <message>
        <source>expected a number, found &apos;%1&apos;</source>
        <translation>esperava-se um número, mas foi encontrado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>esperava-se true ou false, mas foi encontrado %1</translation>
    </message>
    <message>
        <source>%1 is not a CPU quantity: use cores (0.5, 2) or millicores (500m)</source>
        <translation>%1 não é uma quantidade de CPU: use núcleos (0.5, 2) ou milinúcleos (500m)</translation>
    </message>
    <message>
        <source>%1 is more than the largest CPU quantity accepted (%2 cores)</source>
        <translation>%1 é mais do que a maior quantidade de CPU aceita (%2 núcleos)</translation>
    </message>
    <message>
        <source>%1 is not a memory quantity: use bytes with a suffix (512Mi, 1Gi, 1G)</source>
        <translation>%1 não é uma quantidade de memória: use bytes com sufixo (512Mi, 1Gi, 1G)</translation>
    </message>
    <message>
        <source>%1 is more than the largest memory quantity accepted (%2)</source>
        <translation>%1 é mais do que a maior quantidade de memória aceita (%2)</translation>
    </message>
    <message>
        <source>the file has no content; a project file starts with &apos;stackdraft: 1&apos;</source>
        <translation>o arquivo não tem conteúdo; um arquivo de projeto começa com &apos;stackdraft: 1&apos;</translation>
    </message>
    <message>
        <source>this is not a Stackdraft project: expected a mapping starting with &apos;stackdraft: 1&apos;, found %1</source>
        <translation>este não é um projeto do Stackdraft: esperava-se um mapeamento começando com &apos;stackdraft: 1&apos;, mas foi encontrado %1</translation>
    </message>
    <message>
        <source>the schema version is missing: a project file starts with &apos;stackdraft: %1&apos;</source>
        <translation>falta a versão do esquema: um arquivo de projeto começa com &apos;stackdraft: %1&apos;</translation>
    </message>
    <message>
        <source>this file uses schema version %1, written by a newer Stackdraft; this version reads version %2</source>
        <translation>este arquivo usa a versão de esquema %1, gravada por um Stackdraft mais novo; esta versão lê a versão %2</translation>
    </message>
    <message>
        <source>unknown schema version %1 (this version reads %2)</source>
        <translation>versão de esquema %1 desconhecida (esta versão lê a %2)</translation>
    </message>
    <message>
        <source>the project needs a &apos;name&apos; (e.g. &apos;name: my-shop&apos;)</source>
        <translation>o projeto precisa de um &apos;name&apos; (por exemplo, &apos;name: my-shop&apos;)</translation>
    </message>
    <message>
        <source>project name</source>
        <translation>nome do projeto</translation>
    </message>
    <message>
        <source>component id</source>
        <translation>id do componente</translation>
    </message>
    <message>
        <source>component &apos;%1&apos; needs a &apos;type&apos; from the catalog</source>
        <translation>o componente &apos;%1&apos; precisa de um &apos;type&apos; do catálogo</translation>
    </message>
    <message>
        <source>unknown component type &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>tipo de componente &apos;%1&apos; desconhecido; você quis dizer &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>a port needs its &apos;container&apos; port number</source>
        <translation>uma porta precisa do número da porta em &apos;container&apos;</translation>
    </message>
    <message>
        <source>unknown protocol &apos;%1&apos; (use TCP or UDP)</source>
        <translation>protocolo &apos;%1&apos; desconhecido (use TCP ou UDP)</translation>
    </message>
    <message>
        <source>unknown component &apos;%1&apos;</source>
        <translation>componente &apos;%1&apos; desconhecido</translation>
    </message>
    <message>
        <source>unknown component &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>componente &apos;%1&apos; desconhecido; você quis dizer &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>a connection needs both &apos;from&apos; and &apos;to&apos;</source>
        <translation>uma conexão precisa de &apos;from&apos; e de &apos;to&apos;</translation>
    </message>
    <message>
        <source>component &apos;%1&apos; cannot connect to itself</source>
        <translation>o componente &apos;%1&apos; não pode se conectar a si mesmo</translation>
    </message>
    <message>
        <source>connection id &apos;%1&apos; is already the id of connections[%2]; give this connection an &apos;id&apos; of its own</source>
        <translation>o id de conexão &apos;%1&apos; já é o id de connections[%2]; dê a esta conexão um &apos;id&apos; próprio</translation>
    </message>
    <message>
        <source>a group needs an &apos;id&apos;</source>
        <translation>um grupo precisa de um &apos;id&apos;</translation>
    </message>
    <message>
        <source>group id</source>
        <translation>id do grupo</translation>
    </message>
    <message>
        <source>duplicate group id &apos;%1&apos;</source>
        <translation>id de grupo &apos;%1&apos; duplicado</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice in this group</source>
        <translation>&apos;%1&apos; aparece duas vezes neste grupo</translation>
    </message>
    <message>
        <source>the file holds %1 YAML documents; a project file holds one</source>
        <translation>o arquivo contém %1 documentos YAML; um arquivo de projeto contém apenas um</translation>
    </message>
    <message>
        <source>the document expands to more than %1 nodes (aliases?); it is not a project file</source>
        <translation>o documento se expande para mais de %1 nós (aliases?); não é um arquivo de projeto</translation>
    </message>
    <message>
        <source>an alias to an anchor that is not defined</source>
        <translation>um alias para uma âncora que não foi definida</translation>
    </message>
    <message>
        <source>the alias &apos;*%1&apos; stands inside the node it refers to (anchored &apos;&amp;%1&apos; at line %2): the document would contain itself</source>
        <translation>o alias &apos;*%1&apos; está dentro do nó a que se refere (âncora &apos;&amp;%1&apos; na linha %2): o documento conteria a si mesmo</translation>
    </message>
    <message>
        <source>a key must be plain text, not a list or mapping</source>
        <translation>uma chave deve ser texto simples, não uma lista nem um mapeamento</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos; (first at line %2)</source>
        <translation>chave &apos;%1&apos; duplicada (a primeira está na linha %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid environment variable name: use letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, not starting with a digit (e.g. &apos;%2&apos;)</source>
        <translation>&apos;%1&apos; não é um nome válido de variável de ambiente: use letras, dígitos, &apos;_&apos;, &apos;-&apos; e &apos;.&apos;, sem começar por dígito (por exemplo, &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>unknown part &apos;%1&apos; (use url, host, port, user, database or bucket)</source>
        <translation>parte &apos;%1&apos; desconhecida (use url, host, port, user, database ou bucket)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a cron %2 field (%3-%4, &apos;*&apos;, &apos;a-b&apos;, &apos;*/n&apos; or a comma list)</source>
        <translation>&apos;%1&apos; não é um campo de %2 do cron (%3-%4, &apos;*&apos;, &apos;a-b&apos;, &apos;*/n&apos; ou uma lista separada por vírgulas)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a cron schedule: write five fields, minute hour day-of-month month day-of-week, in UTC (&quot;0 3 * * *&quot; is 03:00 daily)</source>
        <translation>&apos;%1&apos; não é um agendamento cron: escreva cinco campos, minuto hora dia-do-mês mês dia-da-semana, em UTC (&quot;0 3 * * *&quot; é 03:00 todo dia)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a retention: write a number of days with a &apos;d&apos; suffix, 1d to %2d (7d, 30d)</source>
        <translation>&apos;%1&apos; não é uma retenção: escreva um número de dias com o sufixo &apos;d&apos;, de 1d a %2d (7d, 30d)</translation>
    </message>
    <message>
        <source>a queue trigger needs &apos;%1&apos; (e.g. {from: rabbitmq, name: orders, messagesPerReplica: 100})</source>
        <translation>um gatilho de fila precisa de &apos;%1&apos; (ex.: {from: rabbitmq, name: orders, messagesPerReplica: 100})</translation>
    </message>
    <message>
        <source>a container path is absolute: write it from the root, e.g. &apos;/etc/app/%1&apos;</source>
        <translation>um caminho no contêiner é absoluto: escreva-o a partir da raiz, ex.: &apos;/etc/app/%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names a directory; a mounted file needs the file&apos;s own name</source>
        <translation>&apos;%1&apos; nomeia um diretório; um arquivo montado precisa do nome do próprio arquivo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a plain path: write it without &apos;//&apos;, &apos;.&apos; or &apos;..&apos;</source>
        <translation>&apos;%1&apos; não é um caminho simples: escreva-o sem &apos;//&apos;, &apos;.&apos; ou &apos;..&apos;</translation>
    </message>
    <message>
        <source>a container path cannot hold control characters</source>
        <translation>um caminho no contêiner não pode conter caracteres de controle</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is absolute; a source is a path relative to the project file&apos;s directory</source>
        <translation>&apos;%1&apos; é absoluto; uma origem é um caminho relativo ao diretório do arquivo de projeto</translation>
    </message>
    <message>
        <source>&apos;%1&apos; leaves the project file&apos;s directory (&apos;..&apos;); keep configuration files beside the project, e.g. in config/</source>
        <translation>&apos;%1&apos; sai do diretório do arquivo de projeto (&apos;..&apos;); mantenha os arquivos de configuração junto ao projeto, ex.: em config/</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a plain relative path: write it without &apos;//&apos;, &apos;./&apos; or a final &apos;/&apos;</source>
        <translation>&apos;%1&apos; não é um caminho relativo simples: escreva-o sem &apos;//&apos;, &apos;./&apos; ou &apos;/&apos; no final</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already mounted by %2: one file per container path</source>
        <translation>&apos;%1&apos; já é montado por %2: um arquivo por caminho no contêiner</translation>
    </message>
    <message>
        <source>a mounted file needs its &apos;path&apos; in the container (e.g. /etc/nginx/conf.d/default.conf)</source>
        <translation>um arquivo montado precisa do seu &apos;path&apos; no contêiner (ex.: /etc/nginx/conf.d/default.conf)</translation>
    </message>
    <message>
        <source>a mounted file has either &apos;content&apos; (inline) or &apos;source&apos; (a file beside the project), not both</source>
        <translation>um arquivo montado tem &apos;content&apos; (no próprio arquivo) ou &apos;source&apos; (um arquivo junto ao projeto), não os dois</translation>
    </message>
    <message>
        <source>mounted file &apos;%1&apos; needs &apos;content&apos; (the text, inline) or &apos;source&apos; (a file beside the project)</source>
        <translation>o arquivo montado &apos;%1&apos; precisa de &apos;content&apos; (o texto, no próprio arquivo) ou &apos;source&apos; (um arquivo junto ao projeto)</translation>
    </message>
    <message>
        <source>expected the file&apos;s text, found %1; write it as a block (content: |) to keep its layout</source>
        <translation>esperava o texto do arquivo, encontrou %1; escreva-o como bloco (content: |) para manter o layout</translation>
    </message>
    <message>
        <source>the content is %1 bytes; a mounted file is limited to %2 bytes</source>
        <translation>o conteúdo tem %1 bytes; um arquivo montado é limitado a %2 bytes</translation>
    </message>
    <message>
        <source>source file &apos;%1&apos; not found (looked for %2)</source>
        <translation>arquivo de origem &apos;%1&apos; não encontrado (procurado em %2)</translation>
    </message>
    <message>
        <source>source file &apos;%1&apos; leads out of the project file&apos;s directory</source>
        <translation>o arquivo de origem &apos;%1&apos; leva para fora do diretório do arquivo de projeto</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; is not a file</source>
        <translation>a origem &apos;%1&apos; não é um arquivo</translation>
    </message>
    <message>
        <source>source file &apos;%1&apos; is %2 bytes; a mounted file is limited to %3 bytes</source>
        <translation>o arquivo de origem &apos;%1&apos; tem %2 bytes; um arquivo montado é limitado a %3 bytes</translation>
    </message>
    <message>
        <source>cannot read source file &apos;%1&apos;: %2</source>
        <translation>não foi possível ler o arquivo de origem &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>source file &apos;%1&apos; is larger than %2 bytes, the limit of a mounted file</source>
        <translation>o arquivo de origem &apos;%1&apos; é maior que %2 bytes, o limite de um arquivo montado</translation>
    </message>
    <message>
        <source>source file &apos;%1&apos; is not UTF-8 text; mounted files are configuration text</source>
        <translation>o arquivo de origem &apos;%1&apos; não é texto UTF-8; arquivos montados são texto de configuração</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;: inside { } a comma ends a value, so the text of &apos;%2&apos; stopped before it; quote text that holds a comma: %2: &quot;%3&quot;</source>
        <translation>chave desconhecida &apos;%1&apos;: dentro de { } uma vírgula encerra um valor, então o texto de &apos;%2&apos; parou antes dela; ponha entre aspas o texto que contém vírgula: %2: &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 is not a memory quantity: did you mean &apos;%2&apos;? Sizes are written the Kubernetes way: 512Mi, 1Gi (binary) or 1G (decimal), without &apos;B&apos;</source>
        <translation>%1 não é uma quantidade de memória: você quis dizer &apos;%2&apos;? Tamanhos são escritos no formato do Kubernetes: 512Mi, 1Gi (binário) ou 1G (decimal), sem &apos;B&apos;</translation>
    </message>
    <message>
        <source>unknown component type &apos;%1&apos;; the catalog has: %2</source>
        <translation>tipo de componente desconhecido &apos;%1&apos;; o catálogo tem: %2</translation>
    </message>
</context>
<context>
    <name>ProjectWriter</name>
    <message>
        <source>cannot write the file: %1</source>
        <translation>não foi possível gravar o arquivo: %1</translation>
    </message>
    <message>
        <source>cannot save the file: %1</source>
        <translation>não foi possível salvar o arquivo: %1</translation>
    </message>
</context>
<context>
    <name>PromoteDialog</name>
    <message>
        <source>Promote Between Environments</source>
        <translation>Promover entre ambientes</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>→ &amp;to:</source>
        <translation>→ &amp;para:</translation>
    </message>
    <message>
        <source>Tick what to carry over to the target environment. Everything ticked is applied as one step that Undo reverts.</source>
        <translation>Marque o que levar para o ambiente de destino. Tudo o que estiver marcado é aplicado como um único passo, que Desfazer reverte.</translation>
    </message>
    <message>
        <source>Component / difference</source>
        <translation>Componente / diferença</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Selecionar &amp;tudo</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>Selecionar &amp;nada</translation>
    </message>
</context>
<context>
    <name>QuantityField</name>
    <message>
        <source>A quantity cannot be negative.</source>
        <translation>Uma quantidade não pode ser negativa.</translation>
    </message>
    <message>
        <source>“%1” is not a CPU quantity: write cores (1, 0.5) or millicores (500m).</source>
        <translation>“%1” não é uma quantidade de CPU: escreva núcleos (1, 0.5) ou milinúcleos (500m).</translation>
    </message>
    <message>
        <source>“%1” is not a memory quantity: write 512Mi, 1Gi, 1G or bytes.</source>
        <translation>“%1” não é uma quantidade de memória: escreva 512Mi, 1Gi, 1G ou bytes.</translation>
    </message>
</context>
<context>
    <name>Stackdraft::App::AssumptionsTab</name>
    <message>
        <source>What the cost engine cannot read from the design, per month. Each change is priced at once and can be undone.</source>
        <translation>O que o cálculo de custo não consegue ler do projeto, por mês. Cada alteração é precificada na hora e pode ser desfeita.</translation>
    </message>
</context>
<context>
    <name>Stackdraft::App::CanvasActions</name>
    <message>
        <source>Select &amp;All</source>
        <translation>Selecionar &amp;tudo</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <source>Remove the selection from this environment (the components stay in the project)</source>
        <translation>Remove a seleção deste ambiente (os componentes continuam no projeto)</translation>
    </message>
    <message>
        <source>Delete from &amp;Project</source>
        <translation>Excluir do &amp;projeto</translation>
    </message>
    <message>
        <source>Delete the selected components from the project, in every environment</source>
        <translation>Exclui os componentes selecionados do projeto, em todos os ambientes</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Rec&amp;ortar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;lar</translation>
    </message>
    <message>
        <source>Paste components; on another environment&apos;s tab, copied components are deployed there</source>
        <translation>Cola componentes; na aba de outro ambiente, os componentes copiados são implantados nele</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>A&amp;grupar</translation>
    </message>
    <message>
        <source>U&amp;ngroup</source>
        <translation>De&amp;sagrupar</translation>
    </message>
    <message>
        <source>Auto-&amp;Layout</source>
        <translation>Layout &amp;automático</translation>
    </message>
    <message>
        <source>Lay this environment out left to right with Graphviz (undoable)</source>
        <translation>Dispõe este ambiente da esquerda para a direita com o Graphviz (pode ser desfeito)</translation>
    </message>
    <message>
        <source>Export &amp;Image…</source>
        <translation>Exportar &amp;imagem…</translation>
    </message>
    <message>
        <source>Write the current canvas as an SVG or PNG picture</source>
        <translation>Grava a tela atual como uma imagem SVG ou PNG</translation>
    </message>
    <message>
        <source>Edit &amp;Label</source>
        <translation>Editar &amp;rótulo</translation>
    </message>
    <message>
        <source>&amp;Rename Group</source>
        <translation>&amp;Renomear grupo</translation>
    </message>
    <message>
        <source>Select &amp;Members</source>
        <translation>Selecionar &amp;membros</translation>
    </message>
    <message>
        <source>SVG picture (*.svg)</source>
        <translation>Imagem SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagem PNG (*.png)</translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation>Exportar imagem</translation>
    </message>
    <message>
        <source>Pixels per canvas unit:</source>
        <translation>Pixels por unidade da tela:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Stackdraft::App::CanvasEditor</name>
    <message numerus="yes">
        <source>Remove %n item(s) from %1</source>
        <translation>
            <numerusform>Remover %n item de %1</numerusform>
            <numerusform>Remover %n itens de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n component(s) from the project</source>
        <translation>
            <numerusform>Excluir %n componente do projeto</numerusform>
            <numerusform>Excluir %n componentes do projeto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n component(s) from every environment</source>
        <translation>
            <numerusform>%n componente excluído de todos os ambientes</numerusform>
            <numerusform>%n componentes excluídos de todos os ambientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grupo %1</translation>
    </message>
    <message numerus="yes">
        <source>Ungroup %n frame(s)</source>
        <translation>
            <numerusform>Desagrupar %n moldura</numerusform>
            <numerusform>Desagrupar %n molduras</numerusform>
        </translation>
    </message>
    <message>
        <source>A component cannot connect to itself.</source>
        <translation>Um componente não pode se conectar a si mesmo.</translation>
    </message>
    <message>
        <source>%1 cannot be connected to: a %2 accepts no connections.</source>
        <translation>%1 não pode ser destino de uma conexão: um componente do tipo %2 não aceita conexões.</translation>
    </message>
    <message>
        <source>%1 cannot open a connection to %2: a %3 only answers its clients.</source>
        <translation>%1 não pode abrir uma conexão com %2: um componente do tipo %3 apenas responde aos seus clientes.</translation>
    </message>
    <message>
        <source>Connect and add %1: {from: %2}</source>
        <translation>Conectar e adicionar %1: {from: %2}</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>Conectar %1 a %2</translation>
    </message>
    <message>
        <source>Connect only</source>
        <translation>Apenas conectar</translation>
    </message>
    <message numerus="yes">
        <source>Laid out %n component(s) (Undo puts them back)</source>
        <translation>
            <numerusform>%n componente disposto (Desfazer o devolve ao lugar)</numerusform>
            <numerusform>%n componentes dispostos (Desfazer os devolve ao lugar)</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-layout stopped: the design changed while it ran. Lay out again to include the change.</source>
        <translation>Layout automático interrompido: o projeto mudou enquanto ele rodava. Disponha de novo para incluir a alteração.</translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n component(s) with Graphviz…</source>
        <translation>
            <numerusform>Dispondo %n componente com o Graphviz…</numerusform>
            <numerusform>Dispondo %n componentes com o Graphviz…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stackdraft::App::CanvasPicture</name>
    <message>
        <source>Drawn by Stackdraft</source>
        <translation>Desenhado pelo Stackdraft</translation>
    </message>
    <message>
        <source>the picture must be a .svg or a .png file</source>
        <translation>a imagem deve ser um arquivo .svg ou .png</translation>
    </message>
    <message>
        <source>the scale must be more than 0 and at most %1</source>
        <translation>a escala deve ser maior que 0 e no máximo %1</translation>
    </message>
    <message>
        <source>the picture would be too large at scale %1</source>
        <translation>a imagem ficaria grande demais na escala %1</translation>
    </message>
    <message>
        <source>cannot write the picture: %1</source>
        <translation>não foi possível gravar a imagem: %1</translation>
    </message>
</context>
<context>
    <name>Stackdraft::App::CommitDialog</name>
    <message>
        <source>Reading the repository…</source>
        <translation>Lendo o repositório…</translation>
    </message>
    <message>
        <source>&amp;Current: %1</source>
        <translation>&amp;Atual: %1</translation>
    </message>
    <message>
        <source>not configured — %1</source>
        <translation>não configurado — %1</translation>
    </message>
    <message>
        <source>edited by you</source>
        <translation>editado por você</translation>
    </message>
    <message>
        <source>The generated files in %1 are up to date: nothing to commit.</source>
        <translation>Os arquivos gerados em %1 estão em dia: nada para fazer commit.</translation>
    </message>
    <message numerus="yes">
        <source>%n generated file(s) to commit.</source>
        <translation>
            <numerusform>%n arquivo gerado para o commit.</numerusform>
            <numerusform>%n arquivos gerados para o commit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Committing…</source>
        <translation>Fazendo o commit…</translation>
    </message>
    <message>
        <source>Nothing was committed: %1</source>
        <translation>Nenhum commit foi feito: %1</translation>
    </message>
    <message numerus="yes">
        <source>Committed %1 on %2 (%n file(s)).</source>
        <translation>
            <numerusform>Commit %1 feito em %2 (%n arquivo).</numerusform>
            <numerusform>Commit %1 feito em %2 (%n arquivos).</numerusform>
        </translation>
    </message>
    <message>
        <source>Committed %1 on %2; pushing…</source>
        <translation>Commit %1 feito em %2; enviando (push)…</translation>
    </message>
    <message>
        <source>Committed %1 and pushed %2 to %3.</source>
        <translation>Commit %1 feito e %2 enviado para %3.</translation>
    </message>
    <message>
        <source>Committed %1 on %2, but the push failed — the commit is kept locally; push again when the cause is fixed.
%3</source>
        <translation>Commit %1 feito em %2, mas o push falhou — o commit continua no repositório local; faça o push de novo quando a causa for resolvida.
%3</translation>
    </message>
    <message>
        <source>Cancelling the push…</source>
        <translation>Cancelando o push…</translation>
    </message>
    <message>
        <source>Choose a Git Repository</source>
        <translation>Escolha um repositório Git</translation>
    </message>
</context>
<context>
    <name>Stackdraft::App::CommitPlan</name>
    <message>
        <source>Save the project first: the repository is found from the project file.</source>
        <translation>Salve o projeto primeiro: o repositório é encontrado a partir do arquivo do projeto.</translation>
    </message>
</context>
<context>
    <name>Stackdraft::App::ComponentForm</name>
    <message>
        <source>“%1” is not a valid id: lower-case letters, digits and -, starting and ending with a letter or digit, at most 63 characters.</source>
        <translation>“%1” não é um id válido: letras minúsculas, dígitos e -, começando e terminando com letra ou dígito, no máximo 63 caracteres.</translation>
    </message>
    <message>
        <source>Another component is already called %1.</source>
        <translation>Outro componente já se chama %1.</translation>
    </message>
    <message>
        <source>(several values)</source>
        <translation>(vários valores)</translation>
    </message>
    <message>
        <source>Mount a File in %1</source>
        <translation>Montar um arquivo em %1</translation>
    </message>
    <message>
        <source>Mounted File of %1</source>
        <translation>Arquivo montado de %1</translation>
    </message>
</context>
<context>
    <name>Stackdraft::App::ComponentItem</name>
    <message>
        <source>external</source>
        <translation>externo</translation>
    </message>
    <message>
        <source>%1 × %2 / %3</source>
        <translation>%1 × %2 / %3</translation>
    </message>
    <message>
        <source>auto %1–%2</source>
        <translation>auto %1–%2</translation>
    </message>
    <message>
        <source>managed</source>
        <translation>gerenciado</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>cluster</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>Imagem: %1</translation>
    </message>
    <message>
        <source>Public at %1</source>
        <translation>Público em %1</translation>
    </message>
    <message>
        <source>* the catalog&apos;s default: this environment sets no value</source>
        <translation>* padrão do catálogo: este ambiente não define um valor</translation>
    </message>
    <message>
        <source>not deployed on %1</source>
        <translation>não implantado em %1</translation>
    </message>
</context>
<context>
    <name>Stackdraft::App::ConnectionForm</name>
    <message>
        <source>“%1” is not a port: a number from 1 to 65535, or empty for the target&apos;s primary port.</source>
        <translation>“%1” não é uma porta: um número de 1 a 65535, ou vazio para a porta principal do destino.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Stackdraft::App::CostDock</name>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>Component / resource</source>
        <translation>Componente / recurso</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Preço unitário</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Since saved</source>
        <translation>Desde o salvo</translation>
    </message>
    <message>
        <source>Price key</source>
        <translation>Chave de preço</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Copiar como Markdown</translation>
    </message>
    <message>
        <source>Compare environments</source>
        <translation>Comparar ambientes</translation>
    </message>
    <message>
        <source>No estimate yet</source>
        <translation>Ainda sem estimativa</translation>
    </message>
    <message>
        <source>%1 (unpriced)</source>
        <translation>%1 (sem preço)</translation>
    </message>
    <message>
        <source>%1 (usage-dependent)</source>
        <translation>%1 (depende do uso)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>unpriced</source>
        <translation>sem preço</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (removido)</translation>
    </message>
    <message>
        <source>Total: %1/month</source>
        <translation>Total: %1/mês</translation>
    </message>
    <message>
        <source>Total: %1/month (%2 %3)</source>
        <translation>Total: %1/mês (%2 %3)</translation>
    </message>
    <message>
        <source>%1 · %2 since saved</source>
        <translation>%1 · %2 desde o salvo</translation>
    </message>
    <message>
        <source>%1 of the %2 budget (%3 %)</source>
        <translation>%1 do orçamento de %2 (%3 %)</translation>
    </message>
    <message>
        <source>No monthly budget set</source>
        <translation>Nenhum orçamento mensal definido</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>%1
replicas</source>
        <translation>%1
réplicas</translation>
    </message>
    <message>
        <source>%1
CPU</source>
        <translation>%1
CPU</translation>
    </message>
    <message>
        <source>%1
memory</source>
        <translation>%1
memória</translation>
    </message>
    <message>
        <source>%1
$/month</source>
        <translation>%1
$/mês</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Orçamento</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Premissas</translation>
    </message>
    <message numerus="yes">
        <source>%1 — within, %n line(s) unpriced</source>
        <translation>
            <numerusform>%1 — dentro, %n linha sem preço</numerusform>
            <numerusform>%1 — dentro, %n linhas sem preço</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stackdraft::App::DeploymentForm</name>
    <message>
        <source>Single instance</source>
        <translation>Instância única</translation>
    </message>
    <message>
        <source>Replicated</source>
        <translation>Replicado</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Managed service</source>
        <translation>Serviço gerenciado</translation>
    </message>
    <message>
        <source>“%1” is not a host name: DNS labels (a-z, 0-9, -) separated by dots, e.g. api.example.com.</source>
        <translation>“%1” não é um nome de host: rótulos DNS (a-z, 0-9, -) separados por pontos, por exemplo api.example.com.</translation>
    </message>
    <message>
        <source>A path starts with / and has no spaces, e.g. /api.</source>
        <translation>Um caminho começa com / e não tem espaços, por exemplo /api.</translation>
    </message>
    <message>
        <source>“%1” is not a number of replicas: a whole number, 0 or more.</source>
        <translation>“%1” não é um número de réplicas: um número inteiro, 0 ou mais.</translation>
    </message>
    <message>
        <source>“%1” is not a percentage: a whole number from 1, or empty.</source>
        <translation>“%1” não é um percentual: um número inteiro a partir de 1, ou vazio.</translation>
    </message>
    <message>
        <source>The CPU limit (%1) is below the request (%2).</source>
        <translation>O limite de CPU (%1) está abaixo da requisição (%2).</translation>
    </message>
    <message>
        <source>The memory limit (%1) is below the request (%2).</source>
        <translation>O limite de memória (%1) está abaixo da requisição (%2).</translation>
    </message>
    <message>
        <source>The autoscaling minimum is at least 1.</source>
        <translation>O mínimo do escalonamento automático é pelo menos 1.</translation>
    </message>
    <message>
        <source>The autoscaling maximum (%1) is below the minimum (%2).</source>
        <translation>O máximo do escalonamento automático (%1) está abaixo do mínimo (%2).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 components in %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 componentes em %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;In %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Em %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Deploy in %1</source>
        <translation>Implantar em %1</translation>
    </message>
    <message numerus="yes">
        <source>Deploy %n more in %1</source>
        <translation>
            <numerusform>Implantar mais %n em %1</numerusform>
            <numerusform>Implantar mais %n em %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(several values)</source>
        <translation>(vários valores)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>não definido</translation>
    </message>
    <message>
        <source>%1 ≠</source>
        <translation>%1 ≠</translation>
    </message>
    <message>
        <source>Differs in other environments — %1</source>
        <translation>Difere em outros ambientes — %1</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desligado</translation>
    </message>
    <message>
        <source>platform default</source>
        <translation>padrão da plataforma</translation>
    </message>
    <message>
        <source>%1, kept %2</source>
        <translation>%1, guardados por %2</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>diariamente</translation>
    </message>
    <message>
        <source>the default time</source>
        <translation>no horário padrão</translation>
    </message>
    <message>
        <source>%1 on %2, %3 per replica</source>
        <translation>%1 em %2, %3 por réplica</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desligados</translation>
    </message>
    <message numerus="yes">
        <source>Platform default (daily, kept %n days)</source>
        <translation>
            <numerusform>Padrão da plataforma (diários, guardados por %n dia)</numerusform>
            <numerusform>Padrão da plataforma (diários, guardados por %n dias)</numerusform>
        </translation>
    </message>
    <message>
        <source>Own schedule and retention</source>
        <translation>Agendamento e retenção próprios</translation>
    </message>
    <message>
        <source>There is no broker to read a queue from: connect this component to a message broker deployed in this environment.</source>
        <translation>Não há broker de onde ler uma fila: conecte este componente a um broker de mensagens implantado neste ambiente.</translation>
    </message>
    <message>
        <source>Name the queue to scale on, e.g. orders.</source>
        <translation>Dê o nome da fila pela qual escalar, p. ex. orders.</translation>
    </message>
    <message>
        <source>“%1” is not a number of messages: a whole number, 1 or more.</source>
        <translation>“%1” não é um número de mensagens: um número inteiro, 1 ou mais.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No broker to read a queue from: connect this component to a message broker (e.g. RabbitMQ) deployed in this environment.</source>
        <translation>Nenhum broker de onde ler uma fila: conecte este componente a um broker de mensagens (p. ex. RabbitMQ) implantado neste ambiente.</translation>
    </message>
    <message>
        <source>the image&apos;s entrypoint</source>
        <translation>o entrypoint da imagem</translation>
    </message>
    <message>
        <source>%1 (the component&apos;s)</source>
        <translation>%1 (o do componente)</translation>
    </message>
    <message>
        <source>none (a new command brings its own arguments)</source>
        <translation>nenhum (um novo comando traz os seus próprios argumentos)</translation>
    </message>
    <message>
        <source>the image&apos;s arguments</source>
        <translation>os argumentos da imagem</translation>
    </message>
</context>
<context>
    <name>Stackdraft::App::EnvVarTable</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>From connection</source>
        <translation>Da conexão</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Segredo</translation>
    </message>
    <message>
        <source>Literal</source>
        <translation>Literal</translation>
    </message>
    <message>
        <source>Literal: the text as written. From connection: derived from a connected component (e.g. its URL). Secret: a named secret, never stored here.</source>
        <translation>Literal: o texto como escrito. Da conexão: derivado de um componente conectado (por exemplo, sua URL). Segredo: um segredo nomeado, nunca guardado aqui.</translation>
    </message>
    <message>
        <source>Row %1: %2 is already set above.</source>
        <translation>Linha %1: %2 já está definida acima.</translation>
    </message>
    <message>
        <source>Row %1: name the component %2 comes from (its id).</source>
        <translation>Linha %1: indique o componente de onde %2 vem (seu id).</translation>
    </message>
    <message>
        <source>Row %1: a secret&apos;s name is a DNS label (a-z, 0-9, -), not “%2”.</source>
        <translation>Linha %1: o nome de um segredo é um rótulo DNS (a-z, 0-9, -), não “%2”.</translation>
    </message>
    <message>
        <source>Row %1: “%2” is not a variable name (letters, digits, _, - and ., not starting with a digit).</source>
        <translation>Linha %1: “%2” não é um nome de variável (letras, dígitos, _, - e ., sem começar com dígito).</translation>
    </message>
</context>
<context>
    <name>Stackdraft::App::EnvironmentActions</name>
    <message>
        <source>&amp;New Environment…</source>
        <translation>&amp;Novo ambiente…</translation>
    </message>
    <message>
        <source>&amp;Rename Environment…</source>
        <translation>&amp;Renomear ambiente…</translation>
    </message>
    <message>
        <source>Environment &amp;Settings…</source>
        <translation>&amp;Configurações do ambiente…</translation>
    </message>
    <message>
        <source>Move &amp;Left</source>
        <translation>Mover para a &amp;esquerda</translation>
    </message>
    <message>
        <source>Move R&amp;ight</source>
        <translation>Mover para a &amp;direita</translation>
    </message>
    <message>
        <source>Re&amp;move Environment</source>
        <translation>Re&amp;mover ambiente</translation>
    </message>
    <message>
        <source>Add an empty environment with its own canvas</source>
        <translation>Adiciona um ambiente vazio com sua própria tela</translation>
    </message>
    <message>
        <source>A new environment with a copy of every deployment and its sizes</source>
        <translation>Um novo ambiente com uma cópia de cada implantação e seus tamanhos</translation>
    </message>
    <message>
        <source>Platform, region, price book, budget and usage assumptions</source>
        <translation>Plataforma, região, tabela de preços, orçamento e premissas de uso</translation>
    </message>
    <message>
        <source>Remove the environment and its deployments (undoable)</source>
        <translation>Remove o ambiente e suas implantações (pode ser desfeito)</translation>
    </message>
    <message>
        <source>New Environment</source>
        <translation>Novo ambiente</translation>
    </message>
    <message>
        <source>Name of the new environment:</source>
        <translation>Nome do novo ambiente:</translation>
    </message>
    <message>
        <source>New Environment from %1</source>
        <translation>Novo ambiente a partir de %1</translation>
    </message>
    <message>
        <source>Name of the new environment (every deployment of %1 is copied with its sizes):</source>
        <translation>Nome do novo ambiente (cada implantação de %1 é copiada com seus tamanhos):</translation>
    </message>
    <message>
        <source>Rename Environment</source>
        <translation>Renomear ambiente</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Novo nome:</translation>
    </message>
    <message>
        <source>New Environment from %1…</source>
        <translation>Novo ambiente a partir de %1…</translation>
    </message>
    <message>
        <source>New Environment from Current…</source>
        <translation>Novo ambiente a partir do atual…</translation>
    </message>
    <message>
        <source>Removed the environment %1 (Undo brings it back)</source>
        <translation>Ambiente %1 removido (Desfazer o traz de volta)</translation>
    </message>
    <message>
        <source>&amp;Promote…</source>
        <translation>&amp;Promover…</translation>
    </message>
    <message>
        <source>Carry chosen differences from one environment to another (staging → production), one undoable step</source>
        <translation>Levar diferenças escolhidas de um ambiente para outro (staging → production), em um passo que pode ser desfeito</translation>
    </message>
    <message>
        <source>Promote %1 → %2</source>
        <translation>Promover %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>Promoted %n change(s) from %1 to %2</source>
        <translation>
            <numerusform>%n alteração levada de %1 para %2</numerusform>
            <numerusform>%n alterações levadas de %1 para %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stackdraft::App::EnvironmentComparison</name>
    <message>
        <source>$%1</source>
        <translation>US$ %1</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>%1 replicas</source>
        <translation>%1 réplicas</translation>
    </message>
    <message>
        <source>%1 CPU</source>
        <translation>%1 CPU</translation>
    </message>
    <message>
        <source>%1 memory</source>
        <translation>%1 memória</translation>
    </message>
    <message>
        <source>%1 cost/month</source>
        <translation>%1 custo/mês</translation>
    </message>
    <message>
        <source>**Total**</source>
        <translation>**Total**</translation>
    </message>
    <message>
        <source>**Budget**</source>
        <translation>**Orçamento**</translation>
    </message>
</context>
<context>
    <name>Stackdraft::App::EnvironmentSettingsDialog</name>
    <message>
        <source>Environment Settings — %1</source>
        <translation>Configurações do ambiente — %1</translation>
    </message>
    <message>
        <source>Docker Compose</source>
        <translation>Docker Compose</translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <source>AWS ECS (Fargate)</source>
        <translation>AWS ECS (Fargate)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (não instalada)</translation>
    </message>
    <message>
        <source>CPU budget: %1</source>
        <translation>Orçamento de CPU: %1</translation>
    </message>
    <message>
        <source>Memory budget: %1</source>
        <translation>Orçamento de memória: %1</translation>
    </message>
</context>
<context>
    <name>Stackdraft::App::EnvironmentSummary</name>
    <message>
        <source>Docker Compose</source>
        <translation>Docker Compose</translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <source>AWS ECS</source>
        <translation>AWS ECS</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 · Components: %2 · Replicas: %3 · CPU: %4 · Memory: %5</source>
        <translation>%1 · Componentes: %2 · Réplicas: %3 · CPU: %4 · Memória: %5</translation>
    </message>
</context>
<context>
    <name>Stackdraft::App::FileController</name>
    <message>
        <source>Stackdraft projects (*.stackdraft.yaml *.stackdraft.yml);;YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>Projetos do Stackdraft (*.stackdraft.yaml *.stackdraft.yml);;Arquivos YAML (*.yaml *.yml);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Falha no salvamento automático: %1</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;Novo projeto</translation>
    </message>
    <message>
        <source>Start an empty project with one development environment</source>
        <translation>Inicia um projeto vazio com um ambiente de desenvolvimento</translation>
    </message>
    <message>
        <source>New from &amp;Example</source>
        <translation>Novo a partir de &amp;exemplo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Sa&amp;lvar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Salvar &amp;como…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;verter</translation>
    </message>
    <message>
        <source>Discard the unsaved changes and reload the file</source>
        <translation>Descarta as alterações não salvas e recarrega o arquivo</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Nenhum arquivo recente</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>&amp;Limpar arquivos recentes</translation>
    </message>
    <message>
        <source>the new project</source>
        <translation>Novo projeto</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Salvar as alterações em “%1”?</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Suas alterações serão perdidas se você não salvá-las.</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Novo projeto</translation>
    </message>
    <message>
        <source>New project from the example %1</source>
        <translation>Novo projeto a partir do exemplo %1</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Abrir projeto</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 aberto</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 salvo</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Salvar projeto como</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Reverter</translation>
    </message>
    <message>
        <source>Discard your changes and reload %1 from disk?</source>
        <translation>Descartar suas alterações e recarregar %1 do disco?</translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation>Não foi possível abrir o projeto</translation>
    </message>
    <message>
        <source>Stackdraft could not open %1.</source>
        <translation>O Stackdraft não conseguiu abrir %1.</translation>
    </message>
    <message>
        <source>Cannot Save Project</source>
        <translation>Não foi possível salvar o projeto</translation>
    </message>
    <message>
        <source>Stackdraft could not save %1.</source>
        <translation>O Stackdraft não conseguiu salvar %1.</translation>
    </message>
    <message>
        <source>%1

Your changes are still open here and kept in the recovery file. Free some space or choose another folder with File &gt; Save As.</source>
        <translation>%1

Suas alterações continuam abertas aqui e guardadas no arquivo de recuperação. Libere espaço ou escolha outra pasta em Arquivo &gt; Salvar como.</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Arquivo alterado no disco</translation>
    </message>
    <message>
        <source>%1 was deleted or moved by another program.</source>
        <translation>%1 foi excluído ou movido por outro programa.</translation>
    </message>
    <message>
        <source>Your version stays open; save it to write the file again.</source>
        <translation>Sua versão continua aberta; salve-a para gravar o arquivo novamente.</translation>
    </message>
    <message>
        <source>%1 was changed by another program.</source>
        <translation>%1 foi alterado por outro programa.</translation>
    </message>
    <message>
        <source>Reload it and lose your unsaved changes, or keep your version (saving will overwrite theirs)?</source>
        <translation>Recarregá-lo e perder suas alterações não salvas, ou manter a sua versão (ao salvar, a versão do outro programa será sobrescrita)?</translation>
    </message>
    <message>
        <source>Reload it, or keep the version shown here (saving will overwrite theirs)?</source>
        <translation>Recarregá-lo, ou manter a versão mostrada aqui (ao salvar, a versão do outro programa será sobrescrita)?</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recarregar</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Manter a minha</translation>
    </message>
    <message>
        <source>Reloaded %1</source>
        <translation>%1 recarregado</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Recuperar alterações não salvas</translation>
    </message>
    <message>
        <source>Stackdraft did not close properly. Restore the unsaved new project autosaved at %1?</source>
        <translation>O Stackdraft não foi fechado corretamente. Restaurar o novo projeto ainda não salvo, guardado automaticamente em %1?</translation>
    </message>
    <message>
        <source>Stackdraft did not close properly. Restore the unsaved changes to %1 autosaved at %2?</source>
        <translation>O Stackdraft não foi fechado corretamente. Restaurar as alterações não salvas em %1, guardadas automaticamente em %2?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Mais &amp;tarde</translation>
    </message>
    <message>
        <source>Cannot read the recovery file: %1</source>
        <translation>Não foi possível ler o arquivo de recuperação: %1</translation>
    </message>
    <message>
        <source>The recovery file is damaged (%1); it was moved to %2.</source>
        <translation>O arquivo de recuperação está danificado (%1); ele foi movido para %2.</translation>
    </message>
    <message>
        <source>Restored the unsaved changes</source>
        <translation>Alterações não salvas restauradas</translation>
    </message>
</context>
<context>
    <name>Stackdraft::App::FilesTable</name>
    <message>
        <source>Container path</source>
        <translation>Caminho no contêiner</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Conteúdo</translation>
    </message>
    <message>
        <source>inline, %1</source>
        <translation>no projeto, %1</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>arquivo %1</translation>
    </message>
</context>
<context>
    <name>Stackdraft::App::GitStatusIndicator</name>
    <message>
        <source>Git: —</source>
        <translation>Git: —</translation>
    </message>
    <message>
        <source>Git: %1 · generated files up to date</source>
        <translation>Git: %1 · arquivos gerados em dia</translation>
    </message>
    <message numerus="yes">
        <source>Git: %1 · %n generated file(s) changed</source>
        <translation>
            <numerusform>Git: %1 · %n arquivo gerado alterado</numerusform>
            <numerusform>Git: %1 · %n arquivos gerados alterados</numerusform>
        </translation>
    </message>
    <message>
        <source>Git &gt; Commit… shows the changes and commits them.</source>
        <translation>Git &gt; Commit… mostra as mudanças e faz o commit.</translation>
    </message>
</context>
<context>
    <name>Stackdraft::App::ImportDialog</name>
    <message>
        <source>A new project</source>
        <translation>Um novo projeto</translation>
    </message>
    <message>
        <source>A new environment of the open project</source>
        <translation>Um novo ambiente do projeto aberto</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>Adicionar &amp;arquivos…</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>Adicionar &amp;pasta…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Recognise from the first file</source>
        <translation>Reconhecer pelo primeiro arquivo</translation>
    </message>
    <message>
        <source>development (compose, Mermaid), production (Kubernetes)</source>
        <translation>development (compose, Mermaid), production (Kubernetes)</translation>
    </message>
    <message>
        <source>compose profiles to activate, comma-separated</source>
        <translation>perfis do compose a ativar, separados por vírgula</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Arquivos:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Import into:</source>
        <translation>Importar para:</translation>
    </message>
    <message>
        <source>Environment id:</source>
        <translation>Id do ambiente:</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>Perfis:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Files to Import</source>
        <translation>Arquivos a importar</translation>
    </message>
    <message>
        <source>Compose, manifests and diagrams (*.yaml *.yml *.json *.md *.mmd);;All files (*)</source>
        <translation>Compose, manifestos e diagramas (*.yaml *.yml *.json *.md *.mmd);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Folder to Import</source>
        <translation>Pasta a importar</translation>
    </message>
</context>
<context>
    <name>Stackdraft::App::ImportMenu</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Build a project or an environment from docker-compose files, Kubernetes manifests or a Mermaid flowchart</source>
        <translation>Cria um projeto ou um ambiente a partir de arquivos docker-compose, manifestos Kubernetes ou um fluxograma Mermaid</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Falha na importação</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>Nada foi importado.

%1</translation>
    </message>
    <message>
        <source>Nothing was imported: every service or object was left out.</source>
        <translation>Nada foi importado: todos os serviços ou objetos ficaram de fora.</translation>
    </message>
    <message>
        <source>%1 component(s) imported from %2 into environment &apos;%3&apos;.</source>
        <translation>%1 componente(s) importado(s) de %2 para o ambiente &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Import environment %1</source>
        <translation>Importar o ambiente %1</translation>
    </message>
</context>
<context>
    <name>Stackdraft::App::ImportReportDialog</name>
    <message>
        <source>Import Report</source>
        <translation>Relatório da importação</translation>
    </message>
    <message>
        <source>%1 left out, %2 changed, %3 for information</source>
        <translation>%1 deixados de fora, %2 alterados, %3 informativos</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por quê</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Deixado de fora</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Alterado</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informação</translation>
    </message>
</context>
<context>
    <name>Stackdraft::App::InspectorWidget</name>
    <message>
        <source>Select a component, a connection or a group on the canvas to edit it.</source>
        <translation>Selecione um componente, uma conexão ou um grupo na tela para editá-lo.</translation>
    </message>
</context>
<context>
    <name>Stackdraft::App::LivePanels</name>
    <message>
        <source>&amp;Git</source>
        <translation>&amp;Git</translation>
    </message>
    <message>
        <source>&amp;Commit Generated Files…</source>
        <translation>&amp;Commit dos arquivos gerados…</translation>
    </message>
    <message>
        <source>Errors: %1 · Warnings: %2</source>
        <translation>Erros: %1 · Avisos: %2</translation>
    </message>
    <message>
        <source>Validation problems in every environment; see the Problems panel.</source>
        <translation>Problemas de validação em todos os ambientes; veja o painel Problemas.</translation>
    </message>
</context>
<context>
    <name>Stackdraft::App::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Aumentar zoom</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Diminuir zoom</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamanho real</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>Ajustar à &amp;janela</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Stackdraft</source>
        <translation>&amp;Sobre o Stackdraft</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Stackdraft</source>
        <translation>Stackdraft</translation>
    </message>
    <message>
        <source>%1[*] — Stackdraft</source>
        <translation>%1[*] — Stackdraft</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>About Stackdraft</source>
        <translation>Sobre o Stackdraft</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Stackdraft %1&lt;/h3&gt;&lt;p&gt;Design your infrastructure once, per environment, and generate Docker Compose, Kubernetes, Terraform, diagrams and architecture documents from it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Stackdraft %1&lt;/h3&gt;&lt;p&gt;Projete sua infraestrutura uma única vez, por ambiente, e gere a partir dela Docker Compose, Kubernetes, Terraform, diagramas e documentos de arquitetura.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Docks</source>
        <translation>&amp;Painéis</translation>
    </message>
    <message>
        <source>E&amp;nvironment</source>
        <translation>A&amp;mbiente</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Ferramentas</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Paleta</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspetor</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;aberto&gt;</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Histórico de desfazer</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sem título</translation>
    </message>
    <message>
        <source>%1[*] (%2) — Stackdraft</source>
        <translation>%1[*] (%2) — Stackdraft</translation>
    </message>
    <message>
        <source>The new language applies the next time Stackdraft starts.</source>
        <translation>O novo idioma vale a partir da próxima vez que o Stackdraft iniciar.</translation>
    </message>
</context>
<context>
    <name>Stackdraft::App::MountedFileDialog</name>
    <message>
        <source>Save the project first: a source file is found beside the project file.</source>
        <translation>Salve o projeto primeiro: um arquivo de origem é procurado ao lado do arquivo do projeto.</translation>
    </message>
    <message>
        <source>Choose the File to Mount</source>
        <translation>Escolher o arquivo a montar</translation>
    </message>
    <message>
        <source>Another file of this component is mounted at %1.</source>
        <translation>Outro arquivo deste componente já está montado em %1.</translation>
    </message>
    <message>
        <source>The text is %1; a mounted file holds at most %2.</source>
        <translation>O texto tem %1; um arquivo montado comporta no máximo %2.</translation>
    </message>
    <message>
        <source>Name the source file, relative to the project file.</source>
        <translation>Informe o arquivo de origem, relativo ao arquivo do projeto.</translation>
    </message>
</context>
<context>
    <name>Stackdraft::App::PaletteWidget</name>
    <message>
        <source>Filter components…</source>
        <translation>Filtrar componentes…</translation>
    </message>
    <message>
        <source>Type to filter the catalog and the project&apos;s components; Enter adds the first match to the canvas.</source>
        <translation>Digite para filtrar o catálogo e os componentes do projeto; Enter adiciona o primeiro resultado à tela.</translation>
    </message>
    <message>
        <source>Edge and entry</source>
        <translation>Borda e entrada</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Computação</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>Mensageria</translation>
    </message>
    <message>
        <source>Observability</source>
        <translation>Observabilidade</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Ferramentas</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Externo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outros</translation>
    </message>
    <message>
        <source>This project</source>
        <translation>Este projeto</translation>
    </message>
    <message>
        <source>The project&apos;s components; ✓ marks those deployed in the current environment. Drag one onto a canvas to deploy it there.</source>
        <translation>Os componentes do projeto; ✓ marca os implantados no ambiente atual. Arraste um para uma tela para implantá-lo lá.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3&lt;br&gt;&lt;i&gt;Drag onto the canvas, or press Enter to add it at the centre.&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3&lt;br&gt;&lt;i&gt;Arraste para a tela, ou pressione Enter para adicioná-lo no centro.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>deployed</source>
        <translation>implantado</translation>
    </message>
    <message>
        <source>Deployed in %1.</source>
        <translation>Implantado em %1.</translation>
    </message>
    <message>
        <source>Not deployed in %1: drag it onto the canvas to deploy it.</source>
        <translation>Não implantado em %1: arraste-o para a tela para implantá-lo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3</translation>
    </message>
</context>
<context>
    <name>Stackdraft::App::PortsTable</name>
    <message>
        <source>Container</source>
        <translation>Contêiner</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Row %1: the container port is a number from 1 to 65535.</source>
        <translation>Linha %1: a porta do contêiner é um número de 1 a 65535.</translation>
    </message>
    <message>
        <source>Row %1: the published port is a number from 1 to 65535, or empty.</source>
        <translation>Linha %1: a porta publicada é um número de 1 a 65535, ou vazia.</translation>
    </message>
    <message>
        <source>Row %1: the protocol is TCP or UDP.</source>
        <translation>Linha %1: o protocolo é TCP ou UDP.</translation>
    </message>
</context>
<context>
    <name>Stackdraft::App::PreferencesDialog</name>
    <message>
        <source>Same as the system</source>
        <translation>Igual ao sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
</context>
<context>
    <name>Stackdraft::App::PreviewDock</name>
    <message>
        <source>Preview</source>
        <translation>Pré-visualização</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Changes against disk</source>
        <translation>Mudanças em relação ao disco</translation>
    </message>
    <message>
        <source>Changes against HEAD</source>
        <translation>Mudanças em relação ao HEAD</translation>
    </message>
    <message>
        <source>Compare with environment</source>
        <translation>Comparar com o ambiente</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportação cancelada.</translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>Todos os ambientes</translation>
    </message>
    <message>
        <source>Export Generated Files</source>
        <translation>Exportar arquivos gerados</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1.</source>
        <translation>
            <numerusform>%n arquivo exportado para %1.</numerusform>
            <numerusform>%n arquivos exportados para %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stackdraft::App::PreviewFiles</name>
    <message>
        <source>No exporter for the format &apos;%1&apos;.</source>
        <translation>Nenhum exportador para o formato &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Stackdraft::App::PreviewRenderer</name>
    <message>
        <source>The design no longer generates %1.</source>
        <translation>O design não gera mais %1.</translation>
    </message>
    <message>
        <source>%1 — read-only, generated from the design</source>
        <translation>%1 — somente leitura, gerado a partir do design</translation>
    </message>
    <message>
        <source>Save the project first: its generated files live next to it.</source>
        <translation>Salve o projeto primeiro: os arquivos gerados ficam ao lado dele.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 on disk is already up to date.</source>
        <translation>%1 no disco já está em dia.</translation>
    </message>
    <message>
        <source>Changes an export would make to %1</source>
        <translation>Mudanças que uma exportação faria em %1</translation>
    </message>
    <message>
        <source>%1 does not exist yet: an export creates it.</source>
        <translation>%1 ainda não existe: uma exportação o cria.</translation>
    </message>
    <message>
        <source>%1 in HEAD is up to date.</source>
        <translation>%1 no HEAD está em dia.</translation>
    </message>
    <message>
        <source>Changes a commit would make to %1</source>
        <translation>Mudanças que um commit faria em %1</translation>
    </message>
    <message>
        <source>%1 is not in HEAD: a commit adds it.</source>
        <translation>%1 não está no HEAD: um commit o adiciona.</translation>
    </message>
    <message>
        <source>%1 has no counterpart of %2.</source>
        <translation>%1 não tem equivalente de %2.</translation>
    </message>
    <message>
        <source>%1 and %2 generate the same file.</source>
        <translation>%1 e %2 geram o mesmo arquivo.</translation>
    </message>
    <message>
        <source>What %1 changes from %2</source>
        <translation>O que %1 muda em relação a %2</translation>
    </message>
</context>
<context>
    <name>Stackdraft::App::ProblemsDock</name>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>Todos os ambientes</translation>
    </message>
</context>
<context>
    <name>Stackdraft::App::ProblemsModel</name>
    <message>
        <source>%1
Fix: %2</source>
        <translation>%1
Correção: %2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravidade</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regra</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Correção</translation>
    </message>
</context>
<context>
    <name>Stackdraft::App::PromoteDialog</name>
    <message>
        <source>&amp;Promote</source>
        <translation>&amp;Promover</translation>
    </message>
    <message>
        <source>Promote %1 → %2</source>
        <translation>Promover %1 → %2</translation>
    </message>
    <message>
        <source>The two environments deploy the same.</source>
        <translation>Os dois ambientes implantam o mesmo.</translation>
    </message>
    <message>
        <source>%1 of %2 selected</source>
        <translation>%1 de %2 selecionados</translation>
    </message>
</context>
<context>
    <name>Stackdraft::App::Promotion</name>
    <message>
        <source>default</source>
        <translation>padrão</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>CPU %1, memory %2</source>
        <translation>CPU %1, memória %2</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desligado</translation>
    </message>
    <message>
        <source>%1–%2 replicas, CPU %3 %, memory %4 %</source>
        <translation>%1–%2 réplicas, CPU %3 %, memória %4 %</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privado</translation>
    </message>
    <message>
        <source>public %1%2%3</source>
        <translation>público %1%2%3</translation>
    </message>
    <message>
        <source> (TLS)</source>
        <translation> (TLS)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s), %1</source>
        <translation>
            <numerusform>%n réplica, %1</numerusform>
            <numerusform>%n réplicas, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Implantar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Réplicas</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Autoscaling</source>
        <translation>Autoescalonamento</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Armazenamento</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Exposição</translation>
    </message>
    <message>
        <source>Variable overrides</source>
        <translation>Sobrescritas de variáveis</translation>
    </message>
    <message>
        <source>not deployed</source>
        <translation>não implantado</translation>
    </message>
    <message>
        <source>the component&apos;s</source>
        <translation>o do componente</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
</context>
<context>
    <name>Stackdraft::App::RenderCommand</name>
    <message>
        <source>draw an environment&apos;s canvas as an SVG or PNG picture</source>
        <translation>desenha a tela de um ambiente como imagem SVG ou PNG</translation>
    </message>
    <message>
        <source>the project file (*.stackdraft.yaml)</source>
        <translation>o arquivo do projeto (*.stackdraft.yaml)</translation>
    </message>
    <message>
        <source>the picture to write: PATH.svg or PATH.png (required)</source>
        <translation>a imagem a gravar: CAMINHO.svg ou CAMINHO.png (obrigatório)</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CAMINHO</translation>
    </message>
    <message>
        <source>the environment to draw (default: the first one)</source>
        <translation>o ambiente a desenhar (padrão: o primeiro)</translation>
    </message>
    <message>
        <source>ENV</source>
        <translation>AMB</translation>
    </message>
    <message>
        <source>pixels per canvas unit of a PNG (default 1)</source>
        <translation>pixels por unidade da tela em um PNG (padrão 1)</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>stackdraft render: %1</source>
        <translation>stackdraft render: %1</translation>
    </message>
    <message>
        <source>stackdraft render: give exactly one project file</source>
        <translation>stackdraft render: informe exatamente um arquivo de projeto</translation>
    </message>
    <message>
        <source>stackdraft render: --out PATH.svg or PATH.png is required</source>
        <translation>stackdraft render: --out CAMINHO.svg ou CAMINHO.png é obrigatório</translation>
    </message>
    <message>
        <source>stackdraft render: %1 is neither a .svg nor a .png file</source>
        <translation>stackdraft render: %1 não é um arquivo .svg nem .png</translation>
    </message>
    <message>
        <source>stackdraft render: --scale must be a number more than 0 and at most %1</source>
        <translation>stackdraft render: --scale deve ser um número maior que 0 e no máximo %1</translation>
    </message>
    <message>
        <source>stackdraft render: the project has no environment to draw</source>
        <translation>stackdraft render: o projeto não tem ambiente para desenhar</translation>
    </message>
    <message>
        <source>stackdraft render: no environment &apos;%1&apos; in the project</source>
        <translation>stackdraft render: não há ambiente &apos;%1&apos; no projeto</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Stackdraft::App::WelcomePage</name>
    <message>
        <source>No project open</source>
        <translation>Nenhum projeto aberto</translation>
    </message>
    <message>
        <source>Start a new project, or open a *.stackdraft.yaml project to see its environments.</source>
        <translation>Comece um novo projeto ou abra um projeto *.stackdraft.yaml para ver seus ambientes.</translation>
    </message>
</context>
<context>
    <name>Stackdraft::Cli::CostCommand</name>
    <message>
        <source>monthly cost per environment, line by line, with unit prices and sources</source>
        <translation>custo mensal por ambiente, linha a linha, com preços unitários e fontes</translation>
    </message>
    <message>
        <source>Exit codes: 0 within budget, 1 over budget, 2 usage error or unreadable file.</source>
        <translation>Códigos de saída: 0 dentro do orçamento, 1 acima do orçamento, 2 erro de uso ou arquivo ilegível.</translation>
    </message>
    <message>
        <source>stackdraft cost: unexpected argument &apos;%1&apos;</source>
        <translation>stackdraft cost: argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>stackdraft cost: no environment &apos;%1&apos; in %2</source>
        <translation>stackdraft cost: não há ambiente &apos;%1&apos; em %2</translation>
    </message>
    <message>
        <source>Usage: stackdraft cost FILE [--env ENVIRONMENT] [--format table|json|markdown]</source>
        <translation>Uso: stackdraft cost ARQUIVO [--env AMBIENTE] [--format table|json|markdown]</translation>
    </message>
    <message>
        <source>unpriced</source>
        <translation>sem preço</translation>
    </message>
    <message>
        <source>(environment)</source>
        <translation>(ambiente)</translation>
    </message>
    <message>
        <source>Total: %1/month</source>
        <translation>Total: %1/mês</translation>
    </message>
    <message>
        <source> (about %1 %2 at %3 %1/USD)</source>
        <translation> (cerca de %1 %2 a %3 %1/USD)</translation>
    </message>
    <message>
        <source>Budget: %1 — OVER by %2</source>
        <translation>Orçamento: %1 — ULTRAPASSADO em %2</translation>
    </message>
    <message>
        <source>Budget: %1 — within</source>
        <translation>Orçamento: %1 — dentro</translation>
    </message>
    <message>
        <source>* depends on usage assumptions: %1 of the total</source>
        <translation>* depende das premissas de uso: %1 do total</translation>
    </message>
    <message>
        <source>no price book</source>
        <translation>sem tabela de preços</translation>
    </message>
    <message>
        <source>%1 — %2, price book %3, %4 hours/month, %5</source>
        <translation>%1 — %2, tabela de preços %3, %4 horas/mês, %5</translation>
    </message>
    <message>
        <source>COMPONENT</source>
        <translation>COMPONENTE</translation>
    </message>
    <message>
        <source>RESOURCE</source>
        <translation>RECURSO</translation>
    </message>
    <message>
        <source>QUANTITY</source>
        <translation>QUANTIDADE</translation>
    </message>
    <message>
        <source>UNIT PRICE</source>
        <translation>PREÇO UNITÁRIO</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>VALOR</translation>
    </message>
    <message>
        <source>PRICE KEY</source>
        <translation>CHAVE DE PREÇO</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Preço unitário</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message numerus="yes">
        <source>Budget: %1 — within, %n line(s) unpriced</source>
        <translation>
            <numerusform>Orçamento: %1 — dentro, %n linha sem preço</numerusform>
            <numerusform>Orçamento: %1 — dentro, %n linhas sem preço</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stackdraft::Cli::ExportCommand</name>
    <message>
        <source>generate compose, Kubernetes, Terraform, diagrams and docs from a project</source>
        <translation>gera compose, Kubernetes, Terraform, diagramas e documentação a partir de um projeto</translation>
    </message>
    <message>
        <source>the project file (*.stackdraft.yaml)</source>
        <translation>o arquivo do projeto (*.stackdraft.yaml)</translation>
    </message>
    <message>
        <source>directory to write into (required)</source>
        <translation>diretório onde gravar (obrigatório)</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>only this environment</source>
        <translation>apenas este ambiente</translation>
    </message>
    <message>
        <source>ENV</source>
        <translation>AMB</translation>
    </message>
    <message>
        <source>only this format (repeatable, or comma-separated): %1</source>
        <translation>apenas este formato (repetível ou separado por vírgulas): %1</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>language of documents: en (default) or pt_BR</source>
        <translation>idioma dos documentos: en (padrão) ou pt_BR</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <source>stackdraft export: %1</source>
        <translation>stackdraft export: %1</translation>
    </message>
    <message>
        <source>stackdraft export: give exactly one project file</source>
        <translation>stackdraft export: informe exatamente um arquivo de projeto</translation>
    </message>
    <message>
        <source>stackdraft export: --out DIR is required</source>
        <translation>stackdraft export: --out DIR é obrigatório</translation>
    </message>
    <message>
        <source>stackdraft export: --language must be en or pt_BR, not &apos;%1&apos;</source>
        <translation>stackdraft export: --language deve ser en ou pt_BR, não &apos;%1&apos;</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>stackdraft export: no exporter plugins found in %1</source>
        <translation>stackdraft export: nenhum plugin exportador encontrado em %1</translation>
    </message>
    <message>
        <source>stackdraft export: nothing to write (no environment uses the formats asked for)</source>
        <translation>stackdraft export: nada a gravar (nenhum ambiente usa os formatos pedidos)</translation>
    </message>
</context>
<context>
    <name>Stackdraft::Cli::InfoCommand</name>
    <message>
        <source>per-environment summary: platform, components, replicas, CPU and memory</source>
        <translation>resumo por ambiente: plataforma, componentes, réplicas, CPU e memória</translation>
    </message>
    <message>
        <source>Usage: stackdraft info FILE</source>
        <translation>Uso: stackdraft info ARQUIVO</translation>
    </message>
    <message>
        <source>stackdraft info: %1</source>
        <translation>stackdraft info: %1</translation>
    </message>
    <message>
        <source>%1 components, %2 connections, %3 groups, %4 environments</source>
        <translation>%1 componentes, %2 conexões, %3 grupos, %4 ambientes</translation>
    </message>
    <message>
        <source>COMPONENT</source>
        <translation>COMPONENTE</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>REPLICAS</source>
        <translation>RÉPLICAS</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>MEMORY</source>
        <translation>MEMÓRIA</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>external</source>
        <translation>externo</translation>
    </message>
    <message>
        <source>not deployed</source>
        <translation>não implantado</translation>
    </message>
    <message>
        <source> (%1-%2)</source>
        <translation> (%1-%2)</translation>
    </message>
    <message>
        <source>nothing deployed</source>
        <translation>nada implantado</translation>
    </message>
    <message>
        <source>total: %1 components run as containers, %2 replicas at rest, %3, %4 (requests × replicas)</source>
        <translation>total: %1 componentes rodam como contêineres, %2 réplicas em repouso, %3, %4 (requisições × réplicas)</translation>
    </message>
    <message>
        <source>* no resources set: the catalog&apos;s defaults</source>
        <translation>* sem recursos definidos: os padrões do catálogo</translation>
    </message>
    <message>
        <source>$%1/month</source>
        <translation>US$ %1/mês</translation>
    </message>
    <message>
        <source>budget: %1</source>
        <translation>orçamento: %1</translation>
    </message>
</context>
<context>
    <name>Stackdraft::Cli::ValidateCommand</name>
    <message>
        <source>check a project: structure, budgets, minimums, secrets, production readiness</source>
        <translation>verifica um projeto: estrutura, orçamentos, mínimos, segredos, prontidão para produção</translation>
    </message>
    <message>
        <source>Exit codes: 0 clean, 1 errors (or the file does not load), 2 warnings under --strict.</source>
        <translation>Códigos de saída: 0 sem problemas, 1 erros (ou o arquivo não carrega), 2 avisos com --strict.</translation>
    </message>
    <message>
        <source>stackdraft validate: %1</source>
        <translation>stackdraft validate: %1</translation>
    </message>
    <message>
        <source>stackdraft validate: no environment &apos;%1&apos; in %2</source>
        <translation>stackdraft validate: não há ambiente &apos;%1&apos; em %2</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>correção: %1</translation>
    </message>
    <message>
        <source>%1: %2 error(s), %3 warning(s)</source>
        <translation>%1: %2 erro(s), %3 aviso(s)</translation>
    </message>
    <message>
        <source>Usage: stackdraft validate FILE [--env ENVIRONMENT] [--format text|json] [--strict]</source>
        <translation>Uso: stackdraft validate ARQUIVO [--env AMBIENTE] [--format text|json] [--strict]</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 precisa de um valor</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>opção &apos;%1&apos; desconhecida</translation>
    </message>
    <message>
        <source>only one FILE, please</source>
        <translation>apenas um ARQUIVO, por favor</translation>
    </message>
    <message>
        <source>FILE is missing</source>
        <translation>falta o ARQUIVO</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use text or json)</source>
        <translation>formato &apos;%1&apos; desconhecido (use text ou json)</translation>
    </message>
</context>
<context>
    <name>Stackdraft::Core::AtomicFile</name>
    <message>
        <source>cannot flush the written files to disk: %1</source>
        <translation>não foi possível gravar no disco os arquivos escritos: %1</translation>
    </message>
</context>
<context>
    <name>Stackdraft::Core::Catalog</name>
    <message>
        <source>cannot read: %1</source>
        <translation>não foi possível ler: %1</translation>
    </message>
</context>
<context>
    <name>Stackdraft::Core::ComponentTypeParser</name>
    <message>
        <source>not valid YAML: %1</source>
        <translation>YAML inválido: %1</translation>
    </message>
    <message>
        <source>the file holds no catalog entry</source>
        <translation>o arquivo não contém nenhuma entrada de catálogo</translation>
    </message>
    <message>
        <source>expected a mapping of keys to values</source>
        <translation>esperava-se um mapeamento de chaves para valores</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot;</source>
        <translation>chave &quot;%1&quot; duplicada</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; expected one of: %2</source>
        <translation>chave desconhecida &quot;%1&quot;; esperava-se uma destas: %2</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>esperava-se um texto</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>esperava-se true ou false</translation>
    </message>
    <message>
        <source>expected a port number from 1 to 65535</source>
        <translation>esperava-se um número de porta de 1 a 65535</translation>
    </message>
    <message>
        <source>expected a list of text</source>
        <translation>esperava-se uma lista de textos</translation>
    </message>
    <message>
        <source>expected a CPU quantity such as 0.5, 500m or 2, at most %1 cores</source>
        <translation>esperada uma quantidade de CPU como 0.5, 500m ou 2, no máximo %1 núcleos</translation>
    </message>
    <message>
        <source>expected a memory quantity such as 512Mi or 1Gi, at most %1</source>
        <translation>esperada uma quantidade de memória como 512Mi ou 1Gi, no máximo %1</translation>
    </message>
    <message>
        <source>unsupported catalog schema version; this Stackdraft reads version 1</source>
        <translation>versão de esquema de catálogo não suportada; este Stackdraft lê a versão 1</translation>
    </message>
    <message>
        <source>missing the type id</source>
        <translation>falta o id do tipo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid type id: use lower-case letters, digits and &apos;-&apos;</source>
        <translation>&quot;%1&quot; não é um id de tipo válido: use letras minúsculas, dígitos e &apos;-&apos;</translation>
    </message>
    <message>
        <source>missing the %1 of type &quot;%2&quot;</source>
        <translation>falta %1 do tipo &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unknown configuration &quot;%1&quot;; known: %2</source>
        <translation>configuração desconhecida &quot;%1&quot;; conhecidas: %2</translation>
    </message>
    <message>
        <source>expected a list of ports</source>
        <translation>esperava-se uma lista de portas</translation>
    </message>
    <message>
        <source>missing the container port</source>
        <translation>falta a porta do contêiner</translation>
    </message>
    <message>
        <source>a port name is a DNS label of at most 15 characters</source>
        <translation>o nome de uma porta é um rótulo DNS de no máximo 15 caracteres</translation>
    </message>
    <message>
        <source>expected TCP or UDP</source>
        <translation>esperava-se TCP ou UDP</translation>
    </message>
    <message>
        <source>the CPU request is above the CPU limit</source>
        <translation>a requisição de CPU está acima do limite de CPU</translation>
    </message>
    <message>
        <source>the memory request is above the memory limit</source>
        <translation>a requisição de memória está acima do limite de memória</translation>
    </message>
    <message>
        <source>the minimum CPU is above the default CPU</source>
        <translation>a CPU mínima está acima da CPU padrão</translation>
    </message>
    <message>
        <source>the minimum memory is above the default memory</source>
        <translation>a memória mínima está acima da memória padrão</translation>
    </message>
    <message>
        <source>expected an absolute path inside the container</source>
        <translation>esperava-se um caminho absoluto dentro do contêiner</translation>
    </message>
    <message>
        <source>expected a relative directory inside the volume, without &apos;..&apos;</source>
        <translation>esperado um diretório relativo dentro do volume, sem &apos;..&apos;</translation>
    </message>
    <message>
        <source>expected a group id from 0 to 2147483647</source>
        <translation>esperado um id de grupo de 0 a 2147483647</translation>
    </message>
    <message>
        <source>storage needs the path its data lives in</source>
        <translation>o armazenamento precisa do caminho onde ficam os dados</translation>
    </message>
    <message>
        <source>expected a list of environment variables</source>
        <translation>esperava-se uma lista de variáveis de ambiente</translation>
    </message>
    <message>
        <source>missing the variable name</source>
        <translation>falta o nome da variável</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid environment variable name</source>
        <translation>&quot;%1&quot; não é um nome válido de variável de ambiente</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 aparece duas vezes</translation>
    </message>
    <message>
        <source>secret %1 cannot have a value in the catalog</source>
        <translation>o segredo %1 não pode ter valor no catálogo</translation>
    </message>
    <message>
        <source>an offer needs both `url` and `env`</source>
        <translation>uma oferta precisa de `url` e de `env`</translation>
    </message>
    <message>
        <source>%1 is not in this type&apos;s env list</source>
        <translation>%1 não está na lista env deste tipo</translation>
    </message>
    <message>
        <source>template field {%1} has no value: give it under `defaults` or `fromEnv`</source>
        <translation>o campo de modelo {%1} não tem valor: informe-o em `defaults` ou `fromEnv`</translation>
    </message>
    <message>
        <source>give either `http` or `command`, not both</source>
        <translation>informe `http` ou `command`, não ambos</translation>
    </message>
    <message>
        <source>a health check needs `http` or `command`</source>
        <translation>uma verificação de saúde precisa de `http` ou `command`</translation>
    </message>
    <message>
        <source>an HTTP health path starts with &apos;/&apos;</source>
        <translation>um caminho de verificação de saúde HTTP começa com &apos;/&apos;</translation>
    </message>
    <message>
        <source>a health command needs at least the program</source>
        <translation>um comando de verificação de saúde precisa ao menos do programa</translation>
    </message>
    <message>
        <source>unknown replication strategy &quot;%1&quot;; known: %2</source>
        <translation>estratégia de replicação desconhecida &quot;%1&quot;; conhecidas: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kernel setting name such as vm.max_map_count</source>
        <translation>&quot;%1&quot; não é um nome de parâmetro do kernel como vm.max_map_count</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>esperado um número inteiro</translation>
    </message>
    <message>
        <source>icon file %1 does not exist</source>
        <translation>o arquivo de ícone %1 não existe</translation>
    </message>
</context>
<context>
    <name>Stackdraft::Core::Edit</name>
    <message>
        <source>there is no component &apos;%1&apos;</source>
        <translation>não existe o componente &apos;%1&apos;</translation>
    </message>
    <message>
        <source>wrong kind of value for the field &apos;%1&apos;</source>
        <translation>tipo de valor errado para o campo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is no connection &apos;%1&apos;</source>
        <translation>não existe a conexão &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the connection id &apos;%1&apos; is already taken</source>
        <translation>o id de conexão &apos;%1&apos; já está em uso</translation>
    </message>
    <message>
        <source>there is no environment &apos;%1&apos;</source>
        <translation>não existe o ambiente &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not deployed in environment &apos;%2&apos;</source>
        <translation>&apos;%1&apos; não está implantado no ambiente &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already deployed in environment &apos;%2&apos;</source>
        <translation>&apos;%1&apos; já está implantado no ambiente &apos;%2&apos;</translation>
    </message>
    <message>
        <source>a position is a pair of finite numbers</source>
        <translation>uma posição é um par de números finitos</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is deployed twice</source>
        <translation>&apos;%1&apos; está implantado duas vezes</translation>
    </message>
    <message>
        <source>there is no position %1 among %2 environments</source>
        <translation>não existe a posição %1 entre %2 ambientes</translation>
    </message>
    <message>
        <source>there is no group &apos;%1&apos;</source>
        <translation>não existe o grupo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must be between %1 and %2 (found %3)</source>
        <translation>deve estar entre %1 e %2 (foi encontrado %3)</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>deve ser um número finito</translation>
    </message>
    <message>
        <source>must not be negative (found %1)</source>
        <translation>não pode ser negativo (foi encontrado %1)</translation>
    </message>
    <message>
        <source>%1 millicores is not a CPU quantity the file can hold</source>
        <translation>%1 milinúcleos não é uma quantidade de CPU que o arquivo consiga guardar</translation>
    </message>
    <message>
        <source>%1 bytes is not a memory quantity the file can hold</source>
        <translation>%1 bytes não é uma quantidade de memória que o arquivo consiga guardar</translation>
    </message>
    <message>
        <source>an entry of this list cannot be empty</source>
        <translation>um item desta lista não pode ficar vazio</translation>
    </message>
    <message>
        <source>unknown protocol &apos;%1&apos; (use TCP or UDP)</source>
        <translation>protocolo &apos;%1&apos; desconhecido (use TCP ou UDP)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid component id: use lower-case letters, digits and &apos;-&apos;, starting and ending with a letter or digit, at most 63 characters (e.g. &apos;%2&apos;)</source>
        <translation>&apos;%1&apos; não é um id de componente válido: use letras minúsculas, dígitos e &apos;-&apos;, começando e terminando com letra ou dígito, com no máximo 63 caracteres (por exemplo, &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid group id: use lower-case letters, digits and &apos;-&apos;, starting and ending with a letter or digit, at most 63 characters (e.g. &apos;%2&apos;)</source>
        <translation>&apos;%1&apos; não é um id de grupo válido: use letras minúsculas, dígitos e &apos;-&apos;, começando e terminando com letra ou dígito, com no máximo 63 caracteres (por exemplo, &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid environment id: use lower-case letters, digits and &apos;-&apos;, starting and ending with a letter or digit, at most 63 characters (e.g. &apos;%2&apos;)</source>
        <translation>&apos;%1&apos; não é um id de ambiente válido: use letras minúsculas, dígitos e &apos;-&apos;, começando e terminando com letra ou dígito, com no máximo 63 caracteres (por exemplo, &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; is already taken</source>
        <translation>o id &apos;%1&apos; já está em uso</translation>
    </message>
    <message>
        <source>the variable &apos;%1&apos; is set twice</source>
        <translation>a variável &apos;%1&apos; está definida duas vezes</translation>
    </message>
    <message>
        <source>refers to component &apos;%1&apos;, which does not exist</source>
        <translation>refere-se ao componente &apos;%1&apos;, que não existe</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid secret name: use lower-case letters, digits and &apos;-&apos; (e.g. &apos;%2&apos;)</source>
        <translation>&apos;%1&apos; não é um nome de segredo válido: use letras minúsculas, dígitos e &apos;-&apos; (por exemplo, &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>a component needs a type from the catalog</source>
        <translation>um componente precisa de um tipo do catálogo</translation>
    </message>
    <message>
        <source>a property needs a name</source>
        <translation>uma propriedade precisa de um nome</translation>
    </message>
    <message>
        <source>there is no component &apos;%1&apos; to deploy</source>
        <translation>não existe o componente &apos;%1&apos; para implantar</translation>
    </message>
    <message>
        <source>a path starts with &apos;/&apos; (found &apos;%1&apos;)</source>
        <translation>um caminho começa com &apos;/&apos; (foi encontrado &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>a connection needs an id</source>
        <translation>uma conexão precisa de um id</translation>
    </message>
    <message>
        <source>unknown component &apos;%1&apos;</source>
        <translation>componente &apos;%1&apos; desconhecido</translation>
    </message>
    <message>
        <source>component &apos;%1&apos; cannot connect to itself</source>
        <translation>o componente &apos;%1&apos; não pode se conectar a si mesmo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice in this group</source>
        <translation>&apos;%1&apos; aparece duas vezes neste grupo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid project name: use lower-case letters, digits and &apos;-&apos; (e.g. &apos;%2&apos;)</source>
        <translation>&apos;%1&apos; não é um nome de projeto válido: use letras minúsculas, dígitos e &apos;-&apos; (por exemplo, &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>unknown component type &apos;%1&apos;</source>
        <translation>tipo de componente &apos;%1&apos; desconhecido</translation>
    </message>
    <message>
        <source>%1 millicores is more than the largest CPU quantity accepted (%2 cores)</source>
        <translation>%1 milicores é mais que a maior quantidade de CPU aceita (%2 núcleos)</translation>
    </message>
    <message>
        <source>%1 bytes is more than the largest memory quantity accepted (%2)</source>
        <translation>%1 bytes é mais que a maior quantidade de memória aceita (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid environment variable name: use letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, not starting with a digit (e.g. &apos;%2&apos;)</source>
        <translation>&apos;%1&apos; não é um nome válido de variável de ambiente: use letras, dígitos, &apos;_&apos;, &apos;-&apos; e &apos;.&apos;, sem começar por dígito (por exemplo, &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>unknown part &apos;%1&apos; (use url, host, port, user, database or bucket)</source>
        <translation>parte &apos;%1&apos; desconhecida (use url, host, port, user, database ou bucket)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a cron schedule (minute hour day-of-month month day-of-week)</source>
        <translation>&apos;%1&apos; não é um agendamento cron (minuto hora dia-do-mês mês dia-da-semana)</translation>
    </message>
    <message>
        <source>a queue trigger names the broker component it reads</source>
        <translation>um gatilho de fila nomeia o componente broker que ele lê</translation>
    </message>
    <message>
        <source>a queue trigger needs a queue name</source>
        <translation>um gatilho de fila precisa do nome de uma fila</translation>
    </message>
</context>
<context>
    <name>Stackdraft::Core::EnvResolver</name>
    <message>
        <source>%1 takes its value from &apos;%2&apos;, which is not a component of the project</source>
        <translation>%1 obtém seu valor de &apos;%2&apos;, que não é um componente do projeto</translation>
    </message>
    <message>
        <source>%1 takes its value from &apos;%2&apos;, which is not deployed in environment &apos;%3&apos;: deploy it there or override %1 for that environment</source>
        <translation>%1 obtém seu valor de &apos;%2&apos;, que não está implantado no ambiente &apos;%3&apos;: implante-o lá ou sobrescreva %1 para esse ambiente</translation>
    </message>
    <message>
        <source>%1 asks for the port of &apos;%2&apos;, which has none</source>
        <translation>%1 pede a porta de &apos;%2&apos;, que não tem nenhuma</translation>
    </message>
    <message>
        <source>%1 asks for the password of &apos;%2&apos;, which has no password secret</source>
        <translation>%1 pede a senha de &apos;%2&apos;, que não tem segredo de senha</translation>
    </message>
    <message>
        <source>%1 asks for &apos;%2&apos; of &apos;%3&apos;, which neither the component&apos;s properties nor its catalog type define</source>
        <translation>%1 pede &apos;%2&apos; de &apos;%3&apos;, que não é definido nem pelas propriedades do componente nem pelo tipo no catálogo</translation>
    </message>
</context>
<context>
    <name>Stackdraft::Core::ExportWriter</name>
    <message>
        <source>empty path</source>
        <translation>caminho vazio</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds a backslash or NUL character</source>
        <translation>&apos;%1&apos; contém uma barra invertida ou um caractere NUL</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is absolute; generated paths are relative to the output directory</source>
        <translation>&apos;%1&apos; é absoluto; os caminhos gerados são relativos ao diretório de saída</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an empty, &apos;.&apos; or &apos;..&apos; segment</source>
        <translation>&apos;%1&apos; tem um segmento vazio, &apos;.&apos; ou &apos;..&apos;</translation>
    </message>
    <message>
        <source>no output directory given</source>
        <translation>nenhum diretório de saída informado</translation>
    </message>
    <message>
        <source>cannot create the output directory</source>
        <translation>não foi possível criar o diretório de saída</translation>
    </message>
    <message>
        <source>refusing to write outside the output directory: %1</source>
        <translation>recusando-se a gravar fora do diretório de saída: %1</translation>
    </message>
    <message>
        <source>refusing to write &apos;%1&apos;: it leads outside the output directory</source>
        <translation>recusando-se a gravar &apos;%1&apos;: ele leva para fora do diretório de saída</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: a directory has that name</source>
        <translation>não foi possível gravar &apos;%1&apos;: um diretório tem esse nome</translation>
    </message>
    <message>
        <source>cannot create the directory</source>
        <translation>não foi possível criar o diretório</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>não foi possível gravar o arquivo: %1</translation>
    </message>
</context>
<context>
    <name>Stackdraft::Core::ExporterRegistry</name>
    <message>
        <source>not a Qt plugin: %1</source>
        <translation>não é um plugin Qt: %1</translation>
    </message>
    <message>
        <source>plugin interface &apos;%1&apos; is not &apos;%2&apos; (built for another Stackdraft version?)</source>
        <translation>a interface do plugin &apos;%1&apos; não é &apos;%2&apos; (compilado para outra versão do Stackdraft?)</translation>
    </message>
    <message>
        <source>cannot load the plugin: %1</source>
        <translation>não foi possível carregar o plugin: %1</translation>
    </message>
    <message>
        <source>the plugin does not implement the exporter interface</source>
        <translation>o plugin não implementa a interface de exportador</translation>
    </message>
    <message>
        <source>the plugin&apos;s metadata says id &apos;%1&apos; but the exporter says &apos;%2&apos;</source>
        <translation>os metadados do plugin dizem id &apos;%1&apos;, mas o exportador diz &apos;%2&apos;</translation>
    </message>
    <message>
        <source>no environment &apos;%1&apos; in the project (it has: %2)</source>
        <translation>o projeto não tem o ambiente &apos;%1&apos; (ele tem: %2)</translation>
    </message>
    <message>
        <source>unknown export format &apos;%1&apos; (available: %2)</source>
        <translation>formato de exportação &apos;%1&apos; desconhecido (disponíveis: %2)</translation>
    </message>
    <message>
        <source>format &apos;%1&apos; writes nothing for environment &apos;%2&apos; (platform %3)</source>
        <translation>o formato &apos;%1&apos; não gera nada para o ambiente &apos;%2&apos; (plataforma %3)</translation>
    </message>
    <message>
        <source>%1 export: %2</source>
        <translation>exportação %1: %2</translation>
    </message>
    <message>
        <source>two exporters write the same file &apos;%1&apos;</source>
        <translation>dois exportadores gravam o mesmo arquivo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>an export needs a component catalog and price books</source>
        <translation>uma exportação precisa de um catálogo de componentes e de tabelas de preços</translation>
    </message>
</context>
<context>
    <name>Stackdraft::Core::PriceBookReader</name>
    <message>
        <source>cannot read the price book: %1</source>
        <translation>não foi possível ler a tabela de preços: %1</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>esperava-se um número</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number from 0 to 1000000000</source>
        <translation>&apos;%1&apos; não é um número de 0 a 1000000000</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a memory quantity such as 2Gi</source>
        <translation>&apos;%1&apos; não é uma quantidade de memória como 2Gi</translation>
    </message>
    <message>
        <source>an instance needs a family and a class</source>
        <translation>uma instância precisa de uma família e de uma classe</translation>
    </message>
    <message>
        <source>expected a map with key, unit, price and source</source>
        <translation>esperava-se um mapa com key, unit, price e source</translation>
    </message>
    <message>
        <source>every price needs a key, a unit, a source and a date</source>
        <translation>todo preço precisa de uma chave, uma unidade, uma fonte e uma data</translation>
    </message>
    <message>
        <source>expected a list of bands</source>
        <translation>esperava-se uma lista de faixas</translation>
    </message>
    <message>
        <source>a price book is a YAML map</source>
        <translation>uma tabela de preços é um mapa YAML</translation>
    </message>
    <message>
        <source>not a Stackdraft price book (expected &apos;stackdraft-pricebook: 1&apos;)</source>
        <translation>não é uma tabela de preços do Stackdraft (esperava-se &apos;stackdraft-pricebook: 1&apos;)</translation>
    </message>
    <message>
        <source>the price book has no id</source>
        <translation>a tabela de preços não tem id</translation>
    </message>
    <message>
        <source>a source needs a name</source>
        <translation>uma fonte precisa de um nome</translation>
    </message>
</context>
<context>
    <name>Stackdraft::Core::ProjectReader</name>
    <message>
        <source>no such file</source>
        <translation>o arquivo não existe</translation>
    </message>
    <message>
        <source>this is a directory, not a project file</source>
        <translation>isto é um diretório, não um arquivo de projeto</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>não foi possível ler o arquivo: %1</translation>
    </message>
    <message>
        <source>the file is empty; a project file starts with &apos;stackdraft: 1&apos;</source>
        <translation>o arquivo está vazio; um arquivo de projeto começa com &apos;stackdraft: 1&apos;</translation>
    </message>
    <message>
        <source>the file is %1 bytes; project files are limited to %2 bytes (%3 MiB), so this is not a project file</source>
        <translation>o arquivo tem %1 bytes; arquivos de projeto são limitados a %2 bytes (%3 MiB), então este não é um arquivo de projeto</translation>
    </message>
    <message>
        <source>not valid YAML: a tab in the indentation; YAML indents with spaces (%1)</source>
        <translation>YAML inválido: uma tabulação na indentação; o YAML indenta com espaços (%1)</translation>
    </message>
    <message>
        <source>not valid YAML: %1 (%2)</source>
        <translation>YAML inválido: %1 (%2)</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>YAML inválido: %1</translation>
    </message>
    <message>
        <source>the YAML nests deeper than %1 levels</source>
        <translation>o YAML tem mais de %1 níveis de aninhamento</translation>
    </message>
    <message>
        <source>could not parse the file: %1</source>
        <translation>não foi possível interpretar o arquivo: %1</translation>
    </message>
    <message>
        <source>the YAML cannot be read past here</source>
        <translation>o YAML não pode ser lido além deste ponto</translation>
    </message>
</context>
<context>
    <name>Stackdraft::Document</name>
    <message>
        <source>Add %1</source>
        <translation>Adicionar %1</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>Conectar %1 a %2</translation>
    </message>
    <message>
        <source>Add environment %1</source>
        <translation>Adicionar ambiente %1</translation>
    </message>
    <message>
        <source>Add to group %1</source>
        <translation>Adicionar ao grupo %1</translation>
    </message>
    <message>
        <source>Remove from group %1</source>
        <translation>Remover do grupo %1</translation>
    </message>
    <message>
        <source>Change group %1</source>
        <translation>Alterar grupo %1</translation>
    </message>
    <message>
        <source>there is no group &apos;%1&apos;</source>
        <translation>não existe o grupo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Group as %1</source>
        <translation>Agrupar como %1</translation>
    </message>
    <message>
        <source>Deploy %1 in %2</source>
        <translation>Implantar %1 em %2</translation>
    </message>
    <message>
        <source>New environment %1 from %2</source>
        <translation>Novo ambiente %1 a partir de %2</translation>
    </message>
    <message>
        <source>Move environment %1</source>
        <translation>Mover ambiente %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n nodes</source>
        <translation>
            <numerusform>Mover %n nó</numerusform>
            <numerusform>Mover %n nós</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Excluir %1</translation>
    </message>
    <message>
        <source>Delete connection %1</source>
        <translation>Excluir conexão %1</translation>
    </message>
    <message>
        <source>Delete environment %1</source>
        <translation>Excluir ambiente %1</translation>
    </message>
    <message>
        <source>Ungroup %1</source>
        <translation>Desagrupar %1</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Renomear %1 para %2</translation>
    </message>
    <message>
        <source>Rename environment %1 to %2</source>
        <translation>Renomear ambiente %1 para %2</translation>
    </message>
    <message>
        <source>Rename group %1</source>
        <translation>Renomear grupo %1</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Alterar %1 de %2</translation>
    </message>
    <message>
        <source>there is no component &apos;%1&apos;</source>
        <translation>não existe o componente &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Change connection %1</source>
        <translation>Alterar conexão %1</translation>
    </message>
    <message>
        <source>Change %1 in %2</source>
        <translation>Alterar %1 em %2</translation>
    </message>
    <message>
        <source>Change %1 of %2 in %3</source>
        <translation>Alterar %1 de %2 em %3</translation>
    </message>
    <message>
        <source>Reset %1 of %2 in %3</source>
        <translation>Redefinir %1 de %2 em %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not deployed in environment &apos;%2&apos;</source>
        <translation>&apos;%1&apos; não está implantado no ambiente &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Change settings of %1</source>
        <translation>Alterar configurações de %1</translation>
    </message>
    <message>
        <source>Change project settings</source>
        <translation>Alterar configurações do projeto</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>Remover %1 de %2</translation>
    </message>
    <message>
        <source>the project has no file yet: choose where to save it</source>
        <translation>o projeto ainda não tem arquivo: escolha onde salvá-lo</translation>
    </message>
    <message>
        <source>Change the backups of %1 in %2</source>
        <translation>Alterar os backups de %1 em %2</translation>
    </message>
    <message>
        <source>Change the command of %1</source>
        <translation>Alterar o comando de %1</translation>
    </message>
    <message>
        <source>Change the arguments of %1</source>
        <translation>Alterar os argumentos de %1</translation>
    </message>
    <message>
        <source>Change the command of %1 in %2</source>
        <translation>Alterar o comando de %1 em %2</translation>
    </message>
    <message>
        <source>Change the arguments of %1 in %2</source>
        <translation>Alterar os argumentos de %1 em %2</translation>
    </message>
    <message>
        <source>Change the mounted files of %1</source>
        <translation>Alterar os arquivos montados de %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already mounted: one file per container path</source>
        <translation>&apos;%1&apos; já está montado: um arquivo por caminho no contêiner</translation>
    </message>
    <message>
        <source>the text is %1 bytes; a mounted file is limited to %2 bytes</source>
        <translation>o texto tem %1 bytes; um arquivo montado é limitado a %2 bytes</translation>
    </message>
</context>
<context>
    <name>Stackdraft::Plugins::ArchitectureDocument</name>
    <message>
        <source>Docker Compose</source>
        <translation>Docker Compose</translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <source>AWS ECS Fargate</source>
        <translation>AWS ECS Fargate</translation>
    </message>
    <message>
        <source>%1 architecture</source>
        <translation>Arquitetura do %1</translation>
    </message>
    <message>
        <source>Generated by Stackdraft from the design of %1. Change the design and export again rather than editing this file.</source>
        <translation>Gerado pelo Stackdraft a partir do projeto de %1. Altere o projeto e exporte de novo em vez de editar este arquivo.</translation>
    </message>
    <message>
        <source>Objectives per environment</source>
        <translation>Objetivos por ambiente</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Main objective</source>
        <translation>Objetivo principal</translation>
    </message>
    <message>
        <source>Security and compliance profile</source>
        <translation>Perfis de segurança e compliance</translation>
    </message>
    <message>
        <source>built from %1</source>
        <translation>construída a partir de %1</translation>
    </message>
    <message>
        <source>as used</source>
        <translation>conforme uso</translation>
    </message>
    <message>
        <source>%1 (secret)</source>
        <translation>%1 (segredo)</translation>
    </message>
    <message>
        <source>Components and resources</source>
        <translation>Componentes e recursos</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Base image</source>
        <translation>Imagem base</translation>
    </message>
    <message>
        <source>Minimum resources (CPU/RAM)</source>
        <translation>Recursos mínimos (CPU/RAM)</translation>
    </message>
    <message>
        <source>Critical environment variables</source>
        <translation>Variáveis de ambiente críticas</translation>
    </message>
    <message>
        <source>Component diagram</source>
        <translation>Diagrama de Componentes</translation>
    </message>
    <message>
        <source>Deployment diagram</source>
        <translation>Diagrama de Deployment</translation>
    </message>
    <message>
        <source>Resources per environment</source>
        <translation>Recursos por ambiente</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Runs as</source>
        <translation>Roda como</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Réplicas</translation>
    </message>
    <message>
        <source>CPU request / limit</source>
        <translation>CPU requisição / limite</translation>
    </message>
    <message>
        <source>Memory request / limit</source>
        <translation>Memória requisição / limite</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Armazenamento</translation>
    </message>
    <message>
        <source>Budget: %1 and %2. Requests at the minimum replica count use %3% of the CPU and %4% of the memory budget.</source>
        <translation>Orçamento: %1 e %2. As requisições com o número mínimo de réplicas usam %3% do orçamento de CPU e %4% do de memória.</translation>
    </message>
    <message>
        <source>Limits reach %1% and %2%.</source>
        <translation>Os limites chegam a %1% e %2%.</translation>
    </message>
    <message>
        <source>**Over budget.**</source>
        <translation>**Acima do orçamento.**</translation>
    </message>
    <message>
        <source>Monthly cost per environment</source>
        <translation>Custo mensal por ambiente</translation>
    </message>
    <message>
        <source>Prices in USD, 730 hours a month; each price carries its source and date in the price book.</source>
        <translation>Preços em USD, 730 horas por mês; cada preço traz sua fonte e data na tabela de preços.</translation>
    </message>
    <message>
        <source>Price book: %1.</source>
        <translation>Tabela de preços: %1.</translation>
    </message>
    <message>
        <source>Environment-wide</source>
        <translation>Todo o ambiente</translation>
    </message>
    <message>
        <source>unpriced</source>
        <translation>sem preço</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Preço unitário</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>Custo mensal</translation>
    </message>
    <message>
        <source>Budget: %1 per month.</source>
        <translation>Orçamento: %1 por mês.</translation>
    </message>
    <message>
        <source>Over budget by %1.</source>
        <translation>Acima do orçamento em %1.</translation>
    </message>
    <message>
        <source>%1 of the total depends on usage assumptions (traffic, logs, load-balancer capacity, scaling).</source>
        <translation>%1 do total depende de premissas de uso (tráfego, logs, capacidade do balanceador de carga, escalonamento).</translation>
    </message>
    <message>
        <source>%1 items have no price in the book and are left out of the total.</source>
        <translation>%1 itens não têm preço na tabela e ficam fora do total.</translation>
    </message>
    <message>
        <source>In %1 at %2 per USD: %3.</source>
        <translation>Em %1, a %2 por USD: %3.</translation>
    </message>
    <message>
        <source>(queue %1 &gt; %2/replica)</source>
        <translation>(fila %1 &gt; %2/réplica)</translation>
    </message>
    <message>
        <source>%1 automated backups, daily at %2 UTC, kept %3 days</source>
        <translation>backups automáticos do %1, diários às %2 UTC, mantidos por %3 dias</translation>
    </message>
    <message>
        <source>%1 automated backups, daily in a window AWS chooses, kept %2 days</source>
        <translation>backups automáticos do %1, diários numa janela escolhida pela AWS, mantidos por %2 dias</translation>
    </message>
    <message>
        <source>%1&apos;s own hourly snapshots, kept 14 days</source>
        <translation>snapshots de hora em hora do próprio %1, mantidos por 14 dias</translation>
    </message>
    <message>
        <source>object versioning; replaced and deleted versions kept %1 days</source>
        <translation>versionamento de objetos; versões substituídas e excluídas mantidas por %1 dias</translation>
    </message>
    <message>
        <source>object versioning; replaced and deleted versions kept until deleted</source>
        <translation>versionamento de objetos; versões substituídas e excluídas mantidas até serem apagadas</translation>
    </message>
    <message>
        <source>a CronJob running %1 on schedule `%2` (UTC) into its own volume, dumps kept %3 days</source>
        <translation>um CronJob que executa %1 no agendamento `%2` (UTC) num volume próprio, dumps mantidos por %3 dias</translation>
    </message>
    <message>
        <source>in the design, but nothing on this platform takes it: back it up outside</source>
        <translation>no projeto, mas nada nesta plataforma o realiza: faça o backup por fora</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Backups:</translation>
    </message>
    <message>
        <source>generated from its connections</source>
        <translation>gerado a partir das conexões</translation>
    </message>
    <message>
        <source>written in the project file</source>
        <translation>escrito no arquivo de projeto</translation>
    </message>
    <message>
        <source>%1, beside the project file</source>
        <translation>%1, junto ao arquivo de projeto</translation>
    </message>
    <message>
        <source>%1 (replaces the generated file)</source>
        <translation>%1 (substitui o arquivo gerado)</translation>
    </message>
    <message>
        <source>Mounted configuration files</source>
        <translation>Arquivos de configuração montados</translation>
    </message>
    <message>
        <source>Path in the container</source>
        <translation>Caminho no contêiner</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>runs %1, as %2 is realised as %3 here</source>
        <translation>roda %1, pois %2 é realizado como %3 aqui</translation>
    </message>
    <message>
        <source>Search clients:</source>
        <translation>Clientes de busca:</translation>
    </message>
    <message>
        <source>%1 on EFS</source>
        <translation>%1 no EFS</translation>
    </message>
    <message>
        <source>On AWS ECS a container&apos;s storage is an encrypted EFS file system of its service, mounted by every task at its data path: it keeps the data across restarts and deploys, and grows with it (the size is the design&apos;s, nothing is reserved).</source>
        <translation>No AWS ECS, o armazenamento de um contêiner é um sistema de arquivos EFS criptografado do seu serviço, montado por cada tarefa no seu caminho de dados: ele mantém os dados entre reinícios e implantações e cresce com eles (o tamanho é o do projeto, nada é reservado).</translation>
    </message>
    <message>
        <source>Not encrypted in transit: %1 (DocumentDB) with TLS off. Its clients connect as to MongoDB, inside the VPC and only from their security groups, but unencrypted: TLS needs Amazon&apos;s RDS CA bundle in the clients&apos; images.</source>
        <translation>Sem criptografia em trânsito: %1 (DocumentDB) com TLS desligado. Seus clientes se conectam como a um MongoDB, dentro da VPC e apenas a partir dos seus security groups, mas sem criptografia: o TLS exige o pacote de CAs do RDS da Amazon nas imagens dos clientes.</translation>
    </message>
    <message>
        <source>AWS Backup of its EFS file system, daily at %1 UTC, kept %2 days</source>
        <translation>AWS Backup do seu sistema de arquivos EFS, diário às %1 UTC, mantido por %2 dias</translation>
    </message>
    <message>
        <source>AWS Backup of its EFS file system on schedule `%1` (UTC), kept %2 days</source>
        <translation>AWS Backup do seu sistema de arquivos EFS no agendamento `%1` (UTC), mantido por %2 dias</translation>
    </message>
    <message>
        <source>Within it, with %1 items unpriced.</source>
        <translation>Dentro dele, com %1 itens sem preço.</translation>
    </message>
</context>
<context>
    <name>Stackdraft::Plugins::MarkdownExporter</name>
    <message>
        <source>Architecture document (Markdown)</source>
        <translation>Documento de arquitetura (Markdown)</translation>
    </message>
    <message>
        <source>The project has no environment &apos;%1&apos;.</source>
        <translation>O projeto não tem o ambiente &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The architecture document is not available in &apos;%1&apos;; use &quot;en&quot; or &quot;pt_BR&quot;.</source>
        <translation>O documento de arquitetura não está disponível em &apos;%1&apos;; use &quot;en&quot; ou &quot;pt_BR&quot;.</translation>
    </message>
    <message>
        <source>The Markdown exporter needs a component catalog and price books.</source>
        <translation>O exportador Markdown precisa de um catálogo de componentes e de tabelas de preços.</translation>
    </message>
</context>
<context>
    <name>Stackdraft::Plugins::MermaidExporter</name>
    <message>
        <source>Mermaid diagrams</source>
        <translation>Diagramas Mermaid</translation>
    </message>
    <message>
        <source>The Mermaid exporter needs a component catalog.</source>
        <translation>O exportador Mermaid precisa de um catálogo de componentes.</translation>
    </message>
    <message>
        <source>The project has no environment &apos;%1&apos;.</source>
        <translation>O projeto não tem o ambiente &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>Stackdraft::Plugins::TerraformExporter</name>
    <message>
        <source>Terraform (AWS ECS Fargate)</source>
        <translation>Terraform (AWS ECS Fargate)</translation>
    </message>
    <message>
        <source>The Terraform exporter needs a component catalog.</source>
        <translation>O exportador Terraform precisa de um catálogo de componentes.</translation>
    </message>
    <message>
        <source>networkCidr &apos;%1&apos; of environment &apos;%2&apos; must be an IPv4 block from /16 to /26 (AWS allows /16 to /28, and four subnets must fit in it)</source>
        <translation>o networkCidr &apos;%1&apos; do ambiente &apos;%2&apos; deve ser um bloco IPv4 de /16 a /26 (a AWS permite de /16 a /28, e quatro sub-redes devem caber nele)</translation>
    </message>
</context>
<context>
    <name>UsageAssumptionsForm</name>
    <message>
        <source>Data &amp;transfer out:</source>
        <translation>&amp;Transferência de saída:</translation>
    </message>
    <message>
        <source>Traffic to the internet per month.</source>
        <translation>Tráfego para a internet por mês.</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>&amp;Logs ingested:</source>
        <translation>&amp;Logs ingeridos:</translation>
    </message>
    <message>
        <source>Log volume ingested per month.</source>
        <translation>Volume de logs ingerido por mês.</translation>
    </message>
    <message>
        <source>Log r&amp;etention:</source>
        <translation>R&amp;etenção de logs:</translation>
    </message>
    <message>
        <source>How long logs are kept.</source>
        <translation>Por quanto tempo os logs são mantidos.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>Load balancer capacity &amp;units:</source>
        <translation>&amp;Unidades de capacidade do balanceador:</translation>
    </message>
    <message>
        <source>Average load-balancer capacity units (LCUs) over the month.</source>
        <translation>Média de unidades de capacidade do balanceador de carga (LCUs) no mês.</translation>
    </message>
    <message>
        <source>&amp;Image storage:</source>
        <translation>Armazenamento de &amp;imagens:</translation>
    </message>
    <message>
        <source>Container image storage per repository.</source>
        <translation>Armazenamento de imagens de contêiner por repositório.</translation>
    </message>
    <message>
        <source>&amp;Object storage:</source>
        <translation>Armazenamento de &amp;objetos:</translation>
    </message>
    <message>
        <source>Data kept in object storage (S3, MinIO).</source>
        <translation>Dados mantidos em armazenamento de objetos (S3, MinIO).</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>info</source>
        <translation>informação</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <source>An autoscaler with impossible bounds or targets is rejected by the platform or never scales.</source>
        <translation>Um escalonador automático com limites ou alvos impossíveis é rejeitado pela plataforma ou nunca escala.</translation>
    </message>
    <message>
        <source>autoscaling min is %1; it must be at least 1</source>
        <translation>o mínimo do escalonamento automático é %1; deve ser pelo menos 1</translation>
    </message>
    <message>
        <source>set min to 1 or more</source>
        <translation>defina min como 1 ou mais</translation>
    </message>
    <message>
        <source>autoscaling min %1 is above max %2</source>
        <translation>o mínimo %1 do escalonamento automático está acima do máximo %2</translation>
    </message>
    <message>
        <source>raise max to %1</source>
        <translation>aumente max para %1</translation>
    </message>
    <message>
        <source>autoscaling max %1 is below the %2 replicas</source>
        <translation>o máximo %1 do escalonamento automático está abaixo das %2 réplicas</translation>
    </message>
    <message>
        <source>the %1 target %2% is outside 1..100</source>
        <translation>o alvo de %1 de %2% está fora de 1..100</translation>
    </message>
    <message>
        <source>use a target such as 70</source>
        <translation>use um alvo como 70</translation>
    </message>
    <message>
        <source>autoscaling has no CPU or memory target</source>
        <translation>o escalonamento automático não tem alvo de CPU nem de memória</translation>
    </message>
    <message>
        <source>set cpu: 70</source>
        <translation>defina cpu: 70</translation>
    </message>
    <message>
        <source>The monthly cost estimated from the price book must fit the environment budget.</source>
        <translation>O custo mensal estimado pela tabela de preços deve caber no orçamento do ambiente.</translation>
    </message>
    <message>
        <source>the estimated monthly cost $%1 is over the budget of $%2</source>
        <translation>o custo mensal estimado de US$ %1 ultrapassa o orçamento de US$ %2</translation>
    </message>
    <message>
        <source>raise the budget to $%1 or run `stackdraft cost` to see what to cut</source>
        <translation>aumente o orçamento para US$ %1 ou execute `stackdraft cost` para ver o que cortar</translation>
    </message>
    <message>
        <source>The vCPU the environment reserves must fit the budget the architect set for it.</source>
        <translation>As vCPUs que o ambiente reserva devem caber no orçamento definido pelo arquiteto.</translation>
    </message>
    <message>
        <source>the deployments reserve %1, over the budget of %2</source>
        <translation>as implantações reservam %1, acima do orçamento de %2</translation>
    </message>
    <message>
        <source>raise the budget to %1 or lower replicas or CPU requests</source>
        <translation>aumente o orçamento para %1 ou reduza réplicas ou requisições de CPU</translation>
    </message>
    <message>
        <source>The memory the environment reserves must fit the budget the architect set for it.</source>
        <translation>A memória que o ambiente reserva deve caber no orçamento definido pelo arquiteto.</translation>
    </message>
    <message>
        <source>raise the budget to %1 or lower replicas or memory requests</source>
        <translation>aumente o orçamento para %1 ou reduza réplicas ou requisições de memória</translation>
    </message>
    <message>
        <source>Two compose services cannot publish the same host port: the second one fails to start.</source>
        <translation>Dois serviços do compose não podem publicar a mesma porta do host: o segundo não consegue iniciar.</translation>
    </message>
    <message>
        <source>host port %1 is already published by %2</source>
        <translation>a porta do host %1 já é publicada por %2</translation>
    </message>
    <message>
        <source>publish another host port or none</source>
        <translation>publique outra porta do host ou nenhuma</translation>
    </message>
    <message>
        <source>Names become Kubernetes objects, compose services and DNS names: they must be DNS-1123 labels.</source>
        <translation>Os nomes viram objetos do Kubernetes, serviços do compose e nomes DNS: devem ser rótulos DNS-1123.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a DNS-1123 label (lower-case letters, digits and &apos;-&apos;, at most 63)</source>
        <translation>%1 &apos;%2&apos; não é um rótulo DNS-1123 (letras minúsculas, dígitos e &apos;-&apos;, no máximo 63)</translation>
    </message>
    <message>
        <source>rename it to &apos;%1&apos;</source>
        <translation>renomeie para &apos;%1&apos;</translation>
    </message>
    <message>
        <source>environment id</source>
        <translation>id do ambiente</translation>
    </message>
    <message>
        <source>component id</source>
        <translation>id do componente</translation>
    </message>
    <message>
        <source>secret name</source>
        <translation>nome do segredo</translation>
    </message>
    <message>
        <source>A data store reachable from the internet is one leaked password away from a breach.</source>
        <translation>Um repositório de dados acessível pela internet está a uma senha vazada de uma invasão.</translation>
    </message>
    <message>
        <source>the data store %1 is exposed to the internet</source>
        <translation>o repositório de dados %1 está exposto à internet</translation>
    </message>
    <message>
        <source>remove its public exposure; reach it through a service</source>
        <translation>remova a exposição pública; acesse-o por meio de um serviço</translation>
    </message>
    <message>
        <source>%1 reaches the data store %2 directly</source>
        <translation>%1 acessa diretamente o repositório de dados %2</translation>
    </message>
    <message>
        <source>put a service between them</source>
        <translation>coloque um serviço entre eles</translation>
    </message>
    <message>
        <source>Fargate only runs tasks of its published CPU/memory sizes; any other pair is rejected.</source>
        <translation>O Fargate só executa tarefas nos tamanhos de CPU/memória publicados; qualquer outro par é rejeitado.</translation>
    </message>
    <message>
        <source>%1 with %2 is not a Fargate task size</source>
        <translation>%1 com %2 não é um tamanho de tarefa do Fargate</translation>
    </message>
    <message>
        <source>use cpu %1 with memory %2</source>
        <translation>use cpu %1 com memória %2</translation>
    </message>
    <message>
        <source>split the work: no Fargate size is that large</source>
        <translation>divida o trabalho: nenhum tamanho do Fargate é tão grande</translation>
    </message>
    <message>
        <source>Below the minimum its catalog type needs, a component fails to start or is killed under load.</source>
        <translation>Abaixo do mínimo que seu tipo no catálogo exige, um componente não inicia ou é encerrado sob carga.</translation>
    </message>
    <message>
        <source>CPU %1 is below the %2 minimum of %3</source>
        <translation>a CPU %1 está abaixo do mínimo de %3 para %2</translation>
    </message>
    <message>
        <source>raise cpu to %1</source>
        <translation>aumente cpu para %1</translation>
    </message>
    <message>
        <source>memory %1 is below the %2 minimum of %3</source>
        <translation>a memória %1 está abaixo do mínimo de %3 para %2</translation>
    </message>
    <message>
        <source>raise memory to %1</source>
        <translation>aumente memory para %1</translation>
    </message>
    <message>
        <source>Secrets written as plain values end up in git and in every generated file.</source>
        <translation>Segredos escritos como valores simples acabam no git e em todos os arquivos gerados.</translation>
    </message>
    <message>
        <source>%1 looks like a secret but holds a plain value</source>
        <translation>%1 parece um segredo, mas contém um valor simples</translation>
    </message>
    <message>
        <source>%1 is a URL with a password written in it</source>
        <translation>%1 é uma URL com uma senha escrita nela</translation>
    </message>
    <message>
        <source>the value of %1 looks like an API key or token</source>
        <translation>o valor de %1 parece uma chave de API ou token</translation>
    </message>
    <message>
        <source>store it as a secret: %1: {secret: %2}</source>
        <translation>guarde-o como segredo: %1: {secret: %2}</translation>
    </message>
    <message>
        <source>In production a stateful component with neither backups nor a second copy loses data with its volume.</source>
        <translation>Em produção, um componente com estado sem backups nem segunda cópia perde os dados junto com seu volume.</translation>
    </message>
    <message>
        <source>%1 keeps state with no backup and a single copy</source>
        <translation>%1 guarda estado sem backup e com uma única cópia</translation>
    </message>
    <message>
        <source>set backup: true, or mode: replicated, cluster or managed</source>
        <translation>defina backup: true, ou mode: replicated, cluster ou managed</translation>
    </message>
    <message>
        <source>In production a service without a health check keeps receiving traffic while it is broken.</source>
        <translation>Em produção, um serviço sem verificação de saúde continua recebendo tráfego enquanto está quebrado.</translation>
    </message>
    <message>
        <source>%1 has no health check</source>
        <translation>%1 não tem verificação de saúde</translation>
    </message>
    <message>
        <source>set properties.healthPath (e.g. /health)</source>
        <translation>defina properties.healthPath (por exemplo, /health)</translation>
    </message>
    <message>
        <source>In production nobody learns about an outage without a monitoring component.</source>
        <translation>Em produção, ninguém fica sabendo de uma queda sem um componente de monitoramento.</translation>
    </message>
    <message>
        <source>production has no monitoring component</source>
        <translation>a produção não tem componente de monitoramento</translation>
    </message>
    <message>
        <source>deploy Prometheus, Grafana or a log pipeline here</source>
        <translation>implante aqui o Prometheus, o Grafana ou um pipeline de logs</translation>
    </message>
    <message>
        <source>In production a stateless service with one replica is down during every deploy or node failure.</source>
        <translation>Em produção, um serviço sem estado com uma única réplica fica fora do ar a cada implantação ou falha de nó.</translation>
    </message>
    <message numerus="yes">
        <source>a stateless service with %n replica(s) in production</source>
        <translation>
            <numerusform>um serviço sem estado com %n réplica em produção</numerusform>
            <numerusform>um serviço sem estado com %n réplicas em produção</numerusform>
        </translation>
    </message>
    <message>
        <source>raise replicas (or the autoscaling minimum) to 2</source>
        <translation>aumente replicas (ou o mínimo do escalonamento automático) para 2</translation>
    </message>
    <message>
        <source>In production a public entry point without TLS sends credentials and sessions in clear text.</source>
        <translation>Em produção, um ponto de entrada público sem TLS envia credenciais e sessões em texto claro.</translation>
    </message>
    <message>
        <source>%1 is public without TLS</source>
        <translation>%1 é público sem TLS</translation>
    </message>
    <message>
        <source>set expose.tls: true (a certificate from ACM or cert-manager)</source>
        <translation>defina expose.tls: true (um certificado do ACM ou do cert-manager)</translation>
    </message>
    <message>
        <source>A request above its limit is rejected by Kubernetes and makes no sense anywhere else.</source>
        <translation>Uma requisição acima do seu limite é rejeitada pelo Kubernetes e não faz sentido em nenhum outro lugar.</translation>
    </message>
    <message>
        <source>CPU request %1 is above its limit %2</source>
        <translation>a requisição de CPU %1 está acima do limite %2</translation>
    </message>
    <message>
        <source>raise cpuLimit to %1</source>
        <translation>aumente cpuLimit para %1</translation>
    </message>
    <message>
        <source>memory request %1 is above its limit %2</source>
        <translation>a requisição de memória %1 está acima do limite %2</translation>
    </message>
    <message>
        <source>raise memoryLimit to %1</source>
        <translation>aumente memoryLimit para %1</translation>
    </message>
    <message>
        <source>A variable its catalog type requires must be set, or the container refuses to start.</source>
        <translation>Uma variável exigida pelo tipo no catálogo deve ser definida, senão o contêiner não inicia.</translation>
    </message>
    <message>
        <source>%1 needs the variable %2</source>
        <translation>%1 precisa da variável %2</translation>
    </message>
    <message>
        <source>add %1: {secret: %2}</source>
        <translation>adicione %1: {secret: %2}</translation>
    </message>
    <message>
        <source>add %1 to the component&apos;s env</source>
        <translation>adicione %1 ao env do componente</translation>
    </message>
    <message>
        <source>A client whose variable comes from a component this environment does not deploy gets no value for it.</source>
        <translation>Um cliente cuja variável vem de um componente que este ambiente não implanta fica sem valor para ela.</translation>
    </message>
    <message>
        <source>%1 takes %2 from %3, which is not deployed here: the connection is inactive</source>
        <translation>%1 obtém %2 de %3, que não está implantado aqui: a conexão está inativa</translation>
    </message>
    <message>
        <source>deploy %1 in %2, or override %3 for this environment</source>
        <translation>implante %1 em %2, ou sobrescreva %3 para este ambiente</translation>
    </message>
    <message>
        <source>A container with no image, no build context and no catalog default cannot be generated.</source>
        <translation>Um contêiner sem imagem, sem contexto de build e sem padrão no catálogo não pode ser gerado.</translation>
    </message>
    <message>
        <source>%1 has no image, no build context, and its type %2 has no default image</source>
        <translation>%1 não tem imagem nem contexto de build, e seu tipo %2 não tem imagem padrão</translation>
    </message>
    <message>
        <source>set an image or a build context</source>
        <translation>defina uma imagem ou um contexto de build</translation>
    </message>
    <message>
        <source>A replicated or clustered data store is realised as one replicated service, or refused: never as independent instances that split the writes.</source>
        <translation>Um armazenamento de dados replicado ou em cluster é realizado como um único serviço replicado, ou recusado: nunca como instâncias independentes que dividem as escritas.</translation>
    </message>
    <message>
        <source>%1 (%2) cannot run as mode %3 on platform %4: no replication strategy for that type there</source>
        <translation>%1 (%2) não pode rodar no modo %3 na plataforma %4: não há estratégia de replicação para esse tipo lá</translation>
    </message>
    <message>
        <source>use mode single with backups, run it on a platform that replicates it (a managed service), or give the catalog type a replication strategy for %1</source>
        <translation>use o modo single com backups, rode-o numa plataforma que o replique (um serviço gerenciado) ou dê ao tipo do catálogo uma estratégia de replicação para %1</translation>
    </message>
    <message>
        <source>%1 is mode %2 with %3 replica: nothing to replicate to</source>
        <translation>%1 está no modo %2 com %3 réplica: não há para onde replicar</translation>
    </message>
    <message>
        <source>set replicas to 2 or more, or mode single</source>
        <translation>defina 2 ou mais réplicas, ou o modo single</translation>
    </message>
    <message>
        <source>A variable derived from a connected component must name something that component offers, or no file can be generated.</source>
        <translation>Uma variável derivada de um componente conectado deve nomear algo que esse componente oferece, senão nenhum arquivo pode ser gerado.</translation>
    </message>
    <message>
        <source>take another part of %1, or give %2 a literal value</source>
        <translation>use outra parte de %1, ou dê a %2 um valor literal</translation>
    </message>
    <message>
        <source>An object store run as a container starts empty: a bucket its clients name must be created by someone.</source>
        <translation>Um armazenamento de objetos executado como contêiner começa vazio: alguém precisa criar o bucket que seus clientes nomeiam.</translation>
    </message>
    <message>
        <source>%1 names the bucket &apos;%2&apos; of %3, which runs as a container here: nothing generated creates the bucket</source>
        <translation>%1 nomeia o bucket &apos;%2&apos; de %3, que aqui roda como contêiner: nada do que é gerado cria o bucket</translation>
    </message>
    <message>
        <source>create it once (mc mb) or let %1 create it when it starts</source>
        <translation>crie-o uma vez (mc mb) ou deixe que %1 o crie ao iniciar</translation>
    </message>
    <message>
        <source>A backup schedule or retention the platform cannot realise would be exported as a different policy.</source>
        <translation>Um agendamento ou retenção de backup que a plataforma não consegue realizar seria exportado como outra política.</translation>
    </message>
    <message>
        <source>%1 (%2) backs up once a day in a window; the schedule &apos;%3&apos; is not a daily time</source>
        <translation>%1 (%2) faz backup uma vez por dia numa janela; o agendamento &apos;%3&apos; não é um horário diário</translation>
    </message>
    <message>
        <source>use a daily schedule such as &quot;0 3 * * *&quot;</source>
        <translation>use um agendamento diário como &quot;0 3 * * *&quot;</translation>
    </message>
    <message>
        <source>%1 (%2) keeps backups at most %3 days; %4 days asked</source>
        <translation>%1 (%2) mantém backups por no máximo %3 dias; foram pedidos %4 dias</translation>
    </message>
    <message>
        <source>set retention: %1d or less</source>
        <translation>defina retention: %1d ou menos</translation>
    </message>
    <message>
        <source>%1 (%2) takes its own hourly snapshots, kept 14 days; a schedule or retention cannot be set</source>
        <translation>%1 (%2) faz seus próprios snapshots de hora em hora, mantidos por 14 dias; não é possível definir agendamento nem retenção</translation>
    </message>
    <message>
        <source>write backup: true</source>
        <translation>escreva backup: true</translation>
    </message>
    <message>
        <source>%1 (%2) keeps every version as it is written; a schedule cannot be set, only a retention</source>
        <translation>%1 (%2) guarda cada versão quando é escrita; não é possível definir um agendamento, só a retenção</translation>
    </message>
    <message>
        <source>remove the schedule</source>
        <translation>remova o agendamento</translation>
    </message>
    <message>
        <source>%1 has a backup schedule or retention, but nothing on %2 backs up a %3 on a schedule</source>
        <translation>%1 tem agendamento ou retenção de backup, mas nada em %2 faz backup agendado de um %3</translation>
    </message>
    <message>
        <source>write backup: true and back it up outside, or deploy it where a schedule can be realised</source>
        <translation>escreva backup: true e faça o backup por fora, ou implante-o onde um agendamento possa ser realizado</translation>
    </message>
    <message>
        <source>A backup of a component that keeps no data protects nothing.</source>
        <translation>Um backup de um componente que não guarda dados não protege nada.</translation>
    </message>
    <message>
        <source>%1 keeps no data of its own; its backup saves nothing</source>
        <translation>%1 não guarda dados próprios; seu backup não salva nada</translation>
    </message>
    <message>
        <source>remove backup, or set it on the store %1 writes to</source>
        <translation>remova o backup, ou defina-o no armazenamento em que %1 escreve</translation>
    </message>
    <message>
        <source>A file mounted where a directory or a volume already is makes the container fail to start.</source>
        <translation>Um arquivo montado onde já há um diretório ou um volume faz o contêiner falhar ao iniciar.</translation>
    </message>
    <message>
        <source>%1 mounts a file at %2, where %3 needs a directory</source>
        <translation>%1 monta um arquivo em %2, onde %3 precisa de um diretório</translation>
    </message>
    <message>
        <source>mount one of them at another path</source>
        <translation>monte um deles em outro caminho</translation>
    </message>
    <message>
        <source>%1 mounts %2 over its data volume at %3</source>
        <translation>%1 monta %2 sobre o seu volume de dados em %3</translation>
    </message>
    <message>
        <source>mount the file outside %1 and point the image at it (an argument or a variable)</source>
        <translation>monte o arquivo fora de %1 e aponte a imagem para ele (um argumento ou uma variável)</translation>
    </message>
    <message>
        <source>%1 mounts %2 in the root directory, which ECS cannot replace with a volume</source>
        <translation>%1 monta %2 no diretório raiz, que o ECS não consegue substituir por um volume</translation>
    </message>
    <message>
        <source>mount it in a directory of its own</source>
        <translation>monte-o num diretório próprio</translation>
    </message>
    <message>
        <source>the files mounted into %1 hold %2 bytes; on ECS they travel in the task definition, which takes at most %3</source>
        <translation>os arquivos montados em %1 somam %2 bytes; no ECS eles vão na definição da tarefa, que aceita no máximo %3</translation>
    </message>
    <message>
        <source>make the files smaller, or bake them into the image</source>
        <translation>reduza os arquivos, ou inclua-os na imagem</translation>
    </message>
    <message>
        <source>the mounted file %1 holds what looks like a secret, on line %2</source>
        <translation>o arquivo montado %1 contém o que parece um segredo, na linha %2</translation>
    </message>
    <message>
        <source>keep the value out of the file: give the container a variable {secret: NAME} and have the file refer to it, or to a file the platform mounts from a secret</source>
        <translation>mantenha o valor fora do arquivo: dê ao contêiner uma variável {secret: NOME} e faça o arquivo referir-se a ela, ou a um arquivo que a plataforma monta a partir de um segredo</translation>
    </message>
    <message>
        <source>An autoscaler on a queue nobody can measure never scales.</source>
        <translation>Um autoescalonador numa fila que ninguém consegue medir nunca escala.</translation>
    </message>
    <message>
        <source>%1 scales on queue %2 of %3, which environment %4 does not deploy</source>
        <translation>%1 escala pela fila %2 de %3, que o ambiente %4 não implanta</translation>
    </message>
    <message>
        <source>%1 scales on queue %2 of %3, which is not a component of this project</source>
        <translation>%1 escala pela fila %2 de %3, que não é um componente deste projeto</translation>
    </message>
    <message>
        <source>deploy %1 in %2, or name its broker</source>
        <translation>implante %1 em %2, ou nomeie o broker dele</translation>
    </message>
    <message>
        <source>add a variable such as AMQP_URL: {from: %1}</source>
        <translation>adicione uma variável como AMQP_URL: {from: %1}</translation>
    </message>
    <message>
        <source>in environment %1, %2 scales on %3, which holds no queue whose length can be read (a RabbitMQ queue or a Redis list)</source>
        <translation>no ambiente %1, %2 escala por %3, que não guarda nenhuma fila cujo tamanho possa ser lido (uma fila RabbitMQ ou uma lista Redis)</translation>
    </message>
    <message>
        <source>name the store the queue is on</source>
        <translation>indique o armazenamento em que a fila está</translation>
    </message>
    <message>
        <source>in environment %1 (aws-ecs) the queue length comes from Amazon MQ&apos;s CloudWatch metrics, but %2 is realised as %3, which publishes no queue length</source>
        <translation>no ambiente %1 (aws-ecs) o tamanho da fila vem das métricas do Amazon MQ no CloudWatch, mas %2 é realizado como %3, que não publica tamanho de fila</translation>
    </message>
    <message>
        <source>put the queue on a RabbitMQ broker realised as Amazon MQ, or scale on CPU</source>
        <translation>ponha a fila num broker RabbitMQ realizado como Amazon MQ, ou escale por CPU</translation>
    </message>
    <message>
        <source>the %1 scaler reads %2&apos;s %3 from a variable of %4, and %4 has none taken from: %2 (part %3)</source>
        <translation>o escalonador %1 lê o %3 de %2 de uma variável de %4, e %4 não tem nenhuma com from: %2 (part %3)</translation>
    </message>
    <message>
        <source>add a variable such as QUEUE_%1: {from: %2, part: %3}</source>
        <translation>adicione uma variável como QUEUE_%1: {from: %2, part: %3}</translation>
    </message>
    <message>
        <source>A dashboard or log pipeline refuses a search server of another product or major version: it would start and never connect.</source>
        <translation>Um painel ou pipeline de logs recusa um servidor de busca de outro produto ou de outra versão principal: ele subiria e nunca se conectaria.</translation>
    </message>
    <message>
        <source>%1 runs %2, which cannot talk to %3 (%4 here)</source>
        <translation>%1 roda %2, que não consegue falar com %3 (%4 aqui)</translation>
    </message>
    <message>
        <source>use the image %1, or change %2&apos;s image</source>
        <translation>use a imagem %1, ou troque a imagem de %2</translation>
    </message>
    <message>
        <source>On aws-ecs every task of a stateful service mounts the same EFS directory: several tasks of a single-writer store corrupt its data.</source>
        <translation>No aws-ecs, cada tarefa de um serviço com estado monta o mesmo diretório EFS: várias tarefas de um armazenamento de escritor único corrompem seus dados.</translation>
    </message>
    <message>
        <source>%1 runs up to %2 tasks on aws-ecs in %3, and all of them write the same EFS directory (%4)</source>
        <translation>%1 executa até %2 tarefas no aws-ecs em %3, e todas escrevem no mesmo diretório EFS (%4)</translation>
    </message>
    <message>
        <source>set replicas to 1 without autoscaling, or use a managed service or Kubernetes, where each replica has a volume of its own</source>
        <translation>defina réplicas como 1 sem autoescalonamento, ou use um serviço gerenciado ou o Kubernetes, onde cada réplica tem seu próprio volume</translation>
    </message>
    <message>
        <source>%1 is backed up by AWS Backup, whose schedule restricts the day of month or the day of week, not both; &apos;%2&apos; restricts both</source>
        <translation>%1 tem backup pelo AWS Backup, cujo agendamento restringe o dia do mês ou o dia da semana, não os dois; &apos;%2&apos; restringe os dois</translation>
    </message>
    <message>
        <source>%1 is backed up by AWS Backup, which runs at most once an hour; &apos;%2&apos; runs more often</source>
        <translation>%1 tem backup pelo AWS Backup, que roda no máximo uma vez por hora; &apos;%2&apos; roda com mais frequência</translation>
    </message>
    <message>
        <source>write &quot;*&quot; in the day of month or in the day of week</source>
        <translation>escreva &quot;*&quot; no dia do mês ou no dia da semana</translation>
    </message>
    <message>
        <source>use one minute of the hour, such as &quot;0 * * * *&quot;</source>
        <translation>use um único minuto da hora, como &quot;0 * * * *&quot;</translation>
    </message>
    <message>
        <source>DocumentDB is built with TLS off: its clients&apos; traffic inside the VPC is not encrypted.</source>
        <translation>O DocumentDB é criado com TLS desligado: o tráfego dos seus clientes dentro da VPC não é criptografado.</translation>
    </message>
    <message>
        <source>%1 is realised as DocumentDB with TLS off: its clients connect as to MongoDB, unencrypted inside the VPC</source>
        <translation>%1 é realizado como DocumentDB com TLS desligado: seus clientes se conectam como a um MongoDB, sem criptografia dentro da VPC</translation>
    </message>
    <message>
        <source>to encrypt, add Amazon&apos;s RDS CA bundle to the clients&apos; images, set the parameter group&apos;s tls to &quot;enabled&quot; and the URL&apos;s tls=true&amp;tlsCAFile=&lt;bundle&gt;</source>
        <translation>para criptografar, adicione o pacote de CAs do RDS da Amazon às imagens dos clientes, defina o tls do parameter group como &quot;enabled&quot; e, na URL, tls=true&amp;tlsCAFile=&lt;pacote&gt;</translation>
    </message>
</context>
</TS>
