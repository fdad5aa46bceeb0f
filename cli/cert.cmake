target_sources(fedconsole-cli PRIVATE ${CMAKE_CURRENT_LIST_DIR}/CertCommand.cpp)
# certificates in cluster secrets: list --cluster, deploy, renew-secret
target_sources(fedconsole-cli PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/CertClusterCommand.h ${CMAKE_CURRENT_LIST_DIR}/CertClusterCommand.cpp)
